/** Who the staff are and what they did: accounts, roles, sign-in, sessions, staff form tokens, and the audit trail. */
package org.youthvoice.access;
