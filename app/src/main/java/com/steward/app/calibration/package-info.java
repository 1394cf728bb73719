/**
 * QA calibration across vendors: blind double-scoring of a client-drawn, vendor-stratified sample of interactions by
 * the vendors' graders and the client's expert; alignment, reliability, vendor variance and per-vendor offsets.
 */
package com.steward.app.calibration;
