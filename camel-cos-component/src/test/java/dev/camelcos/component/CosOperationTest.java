package dev.camelcos.component;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CosOperationTest {

    @Test
    void parsesEnumAndName() {
        assertThat(CosOperation.parse(CosOperation.copyObject)).isEqualTo(CosOperation.copyObject);
        assertThat(CosOperation.parse("listObjects")).isEqualTo(CosOperation.listObjects);
        assertThat(CosOperation.parse(" upload ")).isEqualTo(CosOperation.upload);
        assertThat(CosOperation.values()).hasSize(36);
    }

    @Test
    void unknownValueListsTheValidValues() {
        assertThatThrownBy(() -> CosOperation.parse("putObjekt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("putObjekt")
                .hasMessageContaining(CosConstants.OPERATION)
                .hasMessageContaining(CosOperation.validValues());
        assertThatThrownBy(() -> CosOperation.parse(42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosOperation.parse(null)).isInstanceOf(IllegalArgumentException.class);
        for (CosOperation operation : CosOperation.values()) {
            assertThat(CosOperation.validValues()).contains(operation.name());
        }
    }
}
