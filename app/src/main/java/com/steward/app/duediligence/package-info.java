/**
 * Due diligence on vendors: their client lists under NDA (matched against our own profile),
 * structured reference calls, rubric-scored agent interviews, and workforce facts.
 */
package com.steward.app.duediligence;
