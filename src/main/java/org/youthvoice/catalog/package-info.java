/** The consultations this service serves: their versions, the dates in force, the admin's control, and the consultations API. */
package org.youthvoice.catalog;
