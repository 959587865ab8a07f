/** The data steward's work on raw answers: moderation of quotes, answers flagged as possible harm, retention, and de-identified microdata. */
package org.youthvoice.stewardship;
