package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgsTest {

    @Test
    void reads_state_and_kreis_from_the_key() {
        Ags munich = Ags.parse("09162000").orElseThrow();

        assertThat(munich.state()).isEqualTo(FederalState.BAYERN);
        assertThat(munich.kreis()).isEqualTo("09162");
    }

    @Test
    void refuses_keys_that_are_not_eight_digits_or_name_no_state() {
        assertThat(Ags.parse("0916200")).isEmpty();
        assertThat(Ags.parse("091620001")).isEmpty();
        assertThat(Ags.parse("0916200x")).isEmpty();
        assertThat(Ags.parse("00162000")).isEmpty();
        assertThat(Ags.parse("17162000")).isEmpty();
        assertThat(Ags.parse("16162000")).isPresent();
        assertThat(Ags.parse("٠٩١٦٢٠٠٠")).as("digits of other scripts are not AGS digits").isEmpty();
    }
}
