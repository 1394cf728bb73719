/** Pages under /govern/savings and the REST API under /api/v1/savings. */
package com.steward.app.savings.web;
