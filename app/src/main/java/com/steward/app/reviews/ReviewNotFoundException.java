package com.steward.app.reviews;

import com.steward.app.web.NotFoundException;

/** No such cadence, meeting, action or promise visible to the caller (absent or another vendor's: same answer); 404. */
public class ReviewNotFoundException extends NotFoundException {

    private ReviewNotFoundException(String message) {
        super(message);
    }

    public static ReviewNotFoundException cadence(long id) {
        return new ReviewNotFoundException("No review cadence with id " + id);
    }

    public static ReviewNotFoundException meeting(long id) {
        return new ReviewNotFoundException("No review meeting with id " + id);
    }

    public static ReviewNotFoundException action(long id) {
        return new ReviewNotFoundException("No action item with id " + id);
    }

    public static ReviewNotFoundException promise(long id) {
        return new ReviewNotFoundException("No promise with id " + id);
    }
}
