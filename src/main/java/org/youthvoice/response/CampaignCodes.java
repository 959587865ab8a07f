package org.youthvoice.response;

/**
 * Whether a campaign code may be carried by a consultation's responses. Campaigns are a feature above responses: the
 * campaign package provides this, so that a response is checked without this package knowing campaigns.
 */
public interface CampaignCodes {

    /** Whether responses to this consultation may carry this campaign code (it exists, runs, and is for it). */
    boolean accepts(String consultationId, String code);
}
