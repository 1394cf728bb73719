package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.app.cli.StewardCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steward calibration icc}: the Shrout & Fleiss (1979) worked example end to end, and bad files. */
class CalibrationCommandTest {

    /** Shrout & Fleiss (1979): 6 targets × 4 judges, plus one target judge 4 did not score. */
    private static final String SHROUT_FLEISS = """
            target,rater,score
            1,j1,9
            1,j2,2
            1,j3,5
            1,j4,8
            2,j1,6
            2,j2,1
            2,j3,3
            2,j4,2
            3,j1,8
            3,j2,4
            3,j3,6
            3,j4,8
            4,j1,7
            4,j2,1
            4,j3,2
            4,j4,6
            5,j1,10
            5,j2,5
            5,j3,6
            5,j4,9
            6,j1,6
            6,j2,2
            6,j3,4
            6,j4,7
            7,j1,5
            7,j2,4
            7,j3,4
            7,j4,
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsEveryFormWithItsIntervalAndTheDroppedTargets() throws IOException {
        Run run = StewardCommandTest.run(
                "calibration", "icc", write("sf.csv", SHROUT_FLEISS).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("6 targets used, 1 dropped for missing scores, 4 raters")
                .containsPattern("ICC\\(2,1\\)\\s+0\\.290\\s+0\\.019\\s+0\\.76")
                .containsPattern("ICC\\(3,k\\)\\s+0\\.9[01]\\d\\s+0\\.676\\s+0\\.9[89]");
    }

    @Test
    void jsonCarriesValueLowAndHighForEachForm() throws IOException {
        Run run = StewardCommandTest.run(
                "calibration", "icc", write("sf.csv", SHROUT_FLEISS).toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("targets_used").asInt()).isEqualTo(6);
        assertThat(json.get("targets_dropped").asInt()).isEqualTo(1);
        assertThat(json.get("icc")).hasSize(6);
        JsonNode icc11 = json.get("icc").get(0);
        assertThat(icc11.get("form").asString()).isEqualTo("ICC(1,1)");
        assertThat(icc11.get("value").asDouble()).isCloseTo(0.17, within(0.005));
        assertThat(icc11.get("low").asDouble()).isCloseTo(-0.133, within(0.0005));
        assertThat(icc11.get("high").asDouble()).isCloseTo(0.72, within(0.005));
    }

    @Test
    void aBadScoreExitsWithOneNamingFileLineAndColumn() throws IOException {
        Path file = write("bad.csv", "target,rater,score\n1,j1,9\n1,j2,nine\n");
        Run run = StewardCommandTest.run("calibration", "icc", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":3:3: expected a number or nothing, found 'nine'");
    }

    @Test
    void aRaterScoringATargetTwiceExitsWithOne() throws IOException {
        Path file = write("twice.csv", "target,rater,score\n1,j1,9\n1,j2,8\n1,j1,7\n");
        Run run = StewardCommandTest.run("calibration", "icc", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":4:0:").contains("j1 already scored 1 on line 2");
    }

    @Test
    void oneRaterAndAMissingFileExitWithOne() throws IOException {
        Path file = write("one.csv", "target,rater,score\n1,j1,9\n2,j1,8\n");
        Run one = StewardCommandTest.run("calibration", "icc", file.toString());
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).contains("at least two raters");
        Run missing = StewardCommandTest.run(
                "calibration", "icc", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }
}
