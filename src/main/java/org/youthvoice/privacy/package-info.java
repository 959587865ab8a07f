/** What is not kept and how the rest is protected: free-text scrubbing, harm signals, text encryption, form tokens and rate limits. */
package org.youthvoice.privacy;
