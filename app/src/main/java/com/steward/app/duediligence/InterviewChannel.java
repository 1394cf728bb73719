package com.steward.app.duediligence;

/** How an agent interview was held. */
public enum InterviewChannel {
    IN_PERSON,
    PHONE
}
