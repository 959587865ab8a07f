/** Promoters' campaigns: codes that carry a response's campaign, short links on posters, and the campaign API. */
package org.youthvoice.campaign;
