/** Pure maths and domain rules of Steward: no framework, no I/O. */
@NullMarked
package com.steward.core;

import org.jspecify.annotations.NullMarked;
