/** The {@code steward} command line (picocli): serve, version and the feature commands. */
package com.steward.app.cli;
