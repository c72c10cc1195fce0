package dev.camelcos.client;

import dev.camelcos.client.testinfra.CosService;
import dev.camelcos.client.testinfra.RealCosService;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The client contract against real COS. Runs only when {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY},
 * {@code COS_BUCKET} and {@code COS_REGION} are set; writes under a unique prefix and deletes it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "TENCENTCLOUD_SECRET_ID", matches = ".+")
@EnabledIfEnvironmentVariable(named = RealCosService.BUCKET_VARIABLE, matches = ".+")
@EnabledIfEnvironmentVariable(named = RealCosService.REGION_VARIABLE, matches = ".+")
class CosClientRealCosTest extends CosClientContractTest {

    @Override
    protected CosService createService() {
        return new RealCosService();
    }
}
