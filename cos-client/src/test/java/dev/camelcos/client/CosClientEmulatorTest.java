package dev.camelcos.client;

import dev.camelcos.client.testinfra.CosService;
import dev.camelcos.client.testinfra.EmulatorCosService;

/** The client contract against the embedded emulator: always runs. */
class CosClientEmulatorTest extends CosClientContractTest {

    @Override
    protected CosService createService() {
        return new EmulatorCosService();
    }
}
