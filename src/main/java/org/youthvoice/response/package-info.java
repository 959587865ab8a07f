/** One anonymous response: its answers, the validation shared by the web form and the API, and storage exactly once per receipt. */
package org.youthvoice.response;
