/** Relationship health maths: the health index, quarters, stratified sampling and Likert summaries (pure functions). */
@NullMarked
package com.steward.core.relationship;

import org.jspecify.annotations.NullMarked;
