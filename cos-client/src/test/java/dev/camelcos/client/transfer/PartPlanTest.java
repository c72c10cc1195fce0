package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartPlanTest {

    private static final long MIB = TransferOptions.MIB;

    @Test
    void partsAreThePreferredSizeWhileTheyFitInTenThousand() {
        PartPlan plan = PartPlan.of(20 * MIB + 1, 8 * MIB);

        assertThat(plan.partSize()).isEqualTo(8 * MIB);
        assertThat(plan.partCount()).isEqualTo(3);
        assertThat(plan.size(3)).isEqualTo(4 * MIB + 1);
        assertThat(plan.range(2)).isEqualTo("bytes=" + 8 * MIB + "-" + (16 * MIB - 1));
    }

    @Test
    void largeObjectsGetPartsOfLengthOverTenThousandRoundedUpToWholeMebibytes() {
        long length = 100_000 * MIB + 5;
        PartPlan plan = PartPlan.of(length, 8 * MIB);

        assertThat(plan.partSize()).isEqualTo(11 * MIB);
        assertThat(plan.partCount()).isLessThanOrEqualTo(PartPlan.MAX_PARTS);
    }

    @Test
    void aPreferredSizeThatIsNotWholeMebibytesIsRoundedUp() {
        assertThat(PartPlan.of(10 * MIB, MIB + 1).partSize()).isEqualTo(2 * MIB);
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> TransferOptions.builder().partSize(1000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partSize=1000")
                .hasMessageContaining("between 1 MiB");
        assertThatThrownBy(() -> TransferOptions.builder().fileConcurrency(0).build())
                .hasMessageContaining("fileConcurrency=0 must be at least 1");
    }
}
