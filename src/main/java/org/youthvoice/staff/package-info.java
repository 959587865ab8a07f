/** The staff pages on one layout: sign-in and home, accounts and audit, consultations, campaigns, participation, results, quotes and data care. */
package org.youthvoice.staff;
