/** Relationship health pages and REST API. */
package com.steward.app.relationship.web;
