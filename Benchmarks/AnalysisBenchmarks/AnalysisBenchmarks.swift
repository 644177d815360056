import Benchmark
import Gaceta

// Our own sample news prose (written for these benchmarks), repeated to a
// size where per-call overheads no longer dominate.
enum Samples {
    static let english = """
    The central bank left its benchmark interest rate unchanged on Thursday, \
    saying that inflation had eased for a third straight month but that wages \
    were still rising faster than productivity. "We are not there yet," the \
    governor told reporters in the capital, adding that the board's next move \
    could go either way. Markets had priced in a cut of a quarter point; the \
    currency rose 0.8% against the U.S. dollar within minutes of the decision.

    Exporters, who have struggled since the tariffs imposed in 2019, called the \
    decision a missed opportunity. A spokeswoman for the manufacturers' association \
    said orders from abroad fell 3.5 percent in the second quarter, the steepest \
    drop since 2009, and warned of lay-offs at plants in the north. Union leaders \
    said they'd meet the labour minister next week to discuss a temporary \
    wage-support scheme.

    Analysts at two of the country's largest banks now expect the first cut in \
    March. "The data simply don't justify waiting much longer," one economist \
    wrote in a note to clients, pointing at falling retail sales and a housing \
    market that has cooled sharply. Others argue that energy prices, which \
    jumped after the storm damaged a refinery on the coast, could push \
    inflation back up before the winter.


    """

    static let spanish = """
    El Banco Central mantuvo el jueves sin cambios su tasa de interés de \
    referencia, al señalar que la inflación se moderó por tercer mes consecutivo \
    pero que los salarios aún crecen más rápido que la productividad. «Todavía \
    no hemos llegado», dijo el gobernador a los periodistas en la capital, y \
    añadió que la próxima decisión de la junta podría ir en cualquier sentido. \
    Los mercados esperaban un recorte de un cuarto de punto; el peso subió un \
    0,8% frente al dólar de EE.UU. minutos después del anuncio.

    Los exportadores, afectados desde que se impusieron los aranceles en 2019, \
    calificaron la decisión de oportunidad perdida. Una portavoz de la asociación \
    de fabricantes explicó que los pedidos del extranjero cayeron un 3,5 por \
    ciento en el segundo trimestre, la mayor caída desde 2009, y advirtió de \
    despidos en las plantas del norte. ¿Habrá ayudas? Los dirigentes sindicales \
    se reunirán la próxima semana con el ministro de Trabajo para estudiar un \
    plan temporal de apoyo a los salarios.

    Los analistas de dos de los mayores bancos del país prevén ahora el primer \
    recorte en marzo. «Los datos no justifican esperar mucho más», escribió un \
    economista en una nota a sus clientes, en la que citó la caída de las ventas \
    minoristas y un mercado de la vivienda que se ha enfriado con rapidez. Otros \
    sostienen que los precios de la energía, que se dispararon después de que la \
    tormenta dañara una refinería en la costa, podrían volver a impulsar la \
    inflación antes del invierno.


    """
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )

    let analyzer = Analyzer()
    let english = String(repeating: Samples.english, count: 16)   // ≈ 19 KB
    let spanish = String(repeating: Samples.spanish, count: 16)   // ≈ 23 KB

    Benchmark("tokens(en) \(english.utf8.count / 1024) KB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.tokens(in: english, language: .english))
        }
    }

    Benchmark("tokens(es) \(spanish.utf8.count / 1024) KB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.tokens(in: spanish, language: .spanish))
        }
    }

    Benchmark("detectLanguage(es) \(spanish.utf8.count / 1024) KB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.detectLanguage(of: spanish))
        }
    }

    Benchmark("sentenceRanges(en) \(english.utf8.count / 1024) KB") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.sentenceRanges(in: english))
        }
    }

    Benchmark("queryWords(nil) short query") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(analyzer.queryWords(in: "aranceles de EE.UU. al acero", language: nil))
        }
    }
}
