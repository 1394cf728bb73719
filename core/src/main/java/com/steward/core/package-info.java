/** Pure maths and domain rules of Steward: no framework, no I/O. */
package com.steward.core;
