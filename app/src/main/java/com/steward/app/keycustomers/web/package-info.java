/** Key-customer pages and REST API (client staff only). */
package com.steward.app.keycustomers.web;
