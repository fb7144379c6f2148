package crosslink.neo4j;

import java.util.Optional;
import org.neo4j.annotations.service.ServiceProvider;
import org.neo4j.configuration.Config;
import org.neo4j.gds.applications.operations.FeatureTogglesRepository;
import org.neo4j.gds.core.model.OpenModelCatalog;
import org.neo4j.gds.core.write.NativeExportBuildersProvider;
import org.neo4j.gds.metrics.Metrics;
import org.neo4j.gds.procedures.ExporterBuildersProviderService;
import org.neo4j.gds.procedures.integration.DefaultExportLocation;
import org.neo4j.gds.procedures.integration.LogAccessor;
import org.neo4j.gds.procedures.integration.OpenGraphDataScienceExtensionBuilder;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.internal.LogService;

/**
 * Gives the Graph Data Science procedures the component they are built on, as the GDS plugin does
 * in a Neo4j server. The open edition publishes its procedures on Maven Central but not the small
 * extension that wires them into Neo4j, so an embedded Neo4j needs its own: this one, found by
 * Neo4j through META-INF/services. Open-edition choices: native writes only, no metrics, no model
 * store (models live in memory until restart).
 */
@ServiceProvider
public final class GdsExtension extends ExtensionFactory<GdsExtension.Dependencies> {
  public GdsExtension() {
    super("crosslink.gds");
  }

  @Override
  public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
    var log = new LogAccessor().getLog(dependencies.logService(), getClass());
    var config = dependencies.config();
    ExporterBuildersProviderService nativeWrites = (database, transaction) -> new NativeExportBuildersProvider();
    return OpenGraphDataScienceExtensionBuilder.create(
            log,
            dependencies.globalProcedures(),
            config,
            nativeWrites,
            new DefaultExportLocation(log, config),
            new FeatureTogglesRepository(),
            Metrics.DISABLED,
            new OpenModelCatalog(),
            model -> {},
            Optional.empty(),
            Optional.empty(),
            Optional.empty())
        .getLeft()
        .build();
  }

  /** What Neo4j hands the extension; it matches these methods to its own components by type. */
  public interface Dependencies {
    Config config();

    GlobalProcedures globalProcedures();

    LogService logService();
  }
}
