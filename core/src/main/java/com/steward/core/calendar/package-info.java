/** Calendar periods shared by the governance maths (quarters). */
@NullMarked
package com.steward.core.calendar;

import org.jspecify.annotations.NullMarked;
