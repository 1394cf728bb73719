package com.steward.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingsCsvTest {

    @Test
    void readsColumnsInAnyOrderWithMissingScoresAndQuotes() {
        List<Rating> r = RatingsCsv.parse("Score,target,rater\n80,call-1,ana\n,call-1,\"bo, jr\"\n");
        assertThat(r).containsExactly(Rating.of("call-1", "ana", 80), Rating.missing("call-1", "bo, jr"));
    }

    @Test
    void nonNumericScoreNamesLineAndColumn() {
        assertThatThrownBy(() -> RatingsCsv.parse("target,rater,score\na,ana,80\na,bo,eighty\n"))
                .isInstanceOfSatisfying(RatingsFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.found()).isEqualTo("eighty");
                });
    }

    @Test
    void secondScoreOfARaterOnATargetNamesBothLines() {
        assertThatThrownBy(() -> RatingsCsv.parse("target,rater,score\na,ana,80\na,bo,70\na,ana,85\n"))
                .isInstanceOfSatisfying(
                        RatingsFormatException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("ana already scored a on line 2");
    }

    @Test
    void unknownHeaderColumnAndWrongWidthAreRejected() {
        assertThatThrownBy(() -> RatingsCsv.parse("target,grader,score\n"))
                .isInstanceOfSatisfying(
                        RatingsFormatException.class,
                        e -> assertThat(e.column()).isEqualTo(2));
        assertThatThrownBy(() -> RatingsCsv.parse("target,rater,score\na,ana\n"))
                .isInstanceOfSatisfying(
                        RatingsFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void moreRatingsThanTheBoundIsRejected() {
        assertThatThrownBy(() -> RatingsCsv.parse(new StringReader("target,rater,score\na,x,1\nb,x,2\n"), 1))
                .hasMessageContaining("at most 1 ratings");
    }

    @Test
    void emptyFileHasNoHeader() {
        assertThatThrownBy(() -> RatingsCsv.parse("")).hasMessageContaining("a header");
    }
}
