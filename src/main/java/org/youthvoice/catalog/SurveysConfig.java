package org.youthvoice.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Where the consultation files are read from. */
@ConfigMapping(prefix = "youthvoice.surveys")
public interface SurveysConfig {

    /** Folders holding one YAML file per consultation (env SURVEYS_DIR, comma-separated). */
    @WithDefault("surveys")
    List<String> dirs();
}
