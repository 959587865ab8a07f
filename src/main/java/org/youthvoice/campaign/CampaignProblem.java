package org.youthvoice.campaign;

import org.youthvoice.i18n.Messages;
import org.youthvoice.system.Reason;

/** Why a campaign cannot be created or found as asked. */
public enum CampaignProblem implements Reason {
    /** No campaign has this code, or the promoter asking may not see it. */
    UNKNOWN_CAMPAIGN,
    /** A label that is empty or longer than 120 characters. */
    CAMPAIGN_LABEL,
    /** A default language that is not one of the six. */
    CAMPAIGN_LANG,
    /** A region that is not one of the six ITU regions; the first argument lists them. */
    REGION,
    /** A promoter asked for another region than their own. */
    OWN_REGION,
    /** A chosen code of the wrong shape, or one already taken. */
    CAMPAIGN_CODE;

    @Override
    public String message(Messages m, Object... args) {
        return switch (this) {
            case UNKNOWN_CAMPAIGN -> m.error_unknown_campaign();
            case CAMPAIGN_LABEL -> m.error_campaign_label();
            case CAMPAIGN_LANG -> m.error_campaign_lang();
            case REGION -> m.error_region(args.length > 0 ? String.valueOf(args[0]) : "");
            case OWN_REGION -> m.error_own_region();
            case CAMPAIGN_CODE -> m.error_campaign_code();
        };
    }
}
