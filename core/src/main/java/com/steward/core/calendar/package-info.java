/** Calendar periods shared by the governance maths (quarters). */
package com.steward.core.calendar;
