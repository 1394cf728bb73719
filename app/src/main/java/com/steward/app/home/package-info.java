/** The home dashboard, the sign-in page and the lifecycle section pages (Decide, Select, Contract, Transition, Govern). */
package com.steward.app.home;
