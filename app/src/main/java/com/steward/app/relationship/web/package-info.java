/** Relationship health pages and REST API. */
@NullMarked
package com.steward.app.relationship.web;

import org.jspecify.annotations.NullMarked;
