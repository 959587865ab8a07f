package org.youthvoice.results;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How published results are computed. */
@ConfigMapping(prefix = "youthvoice.results")
public interface ResultsConfig {

    /** After new responses, keep serving the previous suppression pattern while a fresh one is computed in the background. */
    @WithDefault("true")
    boolean serveWhileRefreshing();
}
