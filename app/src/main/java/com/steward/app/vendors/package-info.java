/** The vendor register: the BPO vendors (and the in-house center as a handler) that Steward governs. */
package com.steward.app.vendors;
