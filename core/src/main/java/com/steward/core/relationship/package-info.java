/** Relationship health maths: the health index, quarters, stratified sampling and Likert summaries (pure functions). */
package com.steward.core.relationship;
