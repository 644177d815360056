/// Paragraphs of a made-up news story, written for these benchmarks: 54–70
/// words each, the size of a news paragraph, which the index keeps as one
/// passage.
enum HighlightPassages {
    static let english = [
        """
        Dock workers at the country's second-largest port walked out on Monday morning, \
        halting the loading of container ships for the first time in eleven years. The \
        union says wages have fallen behind prices since the last agreement was signed, \
        and that night shifts have doubled without any extra pay. Managers at the port \
        authority called the strike "premature" and said talks had been scheduled for \
        the end of the month.
        """,
        """
        By the afternoon, at least fourteen vessels were waiting at anchor outside the \
        breakwater, and shipping agents warned that perishable cargo, mostly fruit bound \
        for northern markets, would start to spoil within days. A spokesman for the \
        exporters' association said each day of delay cost its members several hundred \
        thousand dollars in penalties and lost contracts.
        """,
        """
        The transport minister, speaking to reporters outside parliament, urged both sides \
        to return to the table. "Nobody wins when the cranes stop," she said, adding that \
        the government would not intervene in a dispute over wages but was ready to offer \
        a mediator. Opposition lawmakers accused her of having ignored warnings from the \
        union for months.
        """,
        """
        Strikes at ports have become more frequent across the region as shipping volumes \
        recovered and inflation ate into pay. Economists at a local university estimate \
        that a week-long stoppage would shave a tenth of a point off quarterly growth, \
        though most of the lost trade would probably be made up once the backlog cleared.
        """,
    ]

    static let spanish = [
        """
        Los estibadores del segundo puerto más grande del país iniciaron una huelga el \
        lunes por la mañana y paralizaron la carga de buques portacontenedores por primera \
        vez en once años. El sindicato sostiene que los salarios han quedado por detrás de \
        los precios desde el último convenio y que los turnos de noche se han duplicado sin \
        ningún pago adicional. La autoridad portuaria calificó el paro de «prematuro».
        """,
        """
        Por la tarde, al menos catorce barcos esperaban fondeados frente al rompeolas, y los \
        agentes de transporte marítimo advirtieron que la carga perecedera, sobre todo fruta \
        destinada a los mercados del norte, empezaría a estropearse en pocos días. Un \
        portavoz de los exportadores dijo que cada jornada de retraso cuesta a sus socios \
        cientos de miles de dólares en multas y contratos perdidos.
        """,
        """
        La ministra de Transporte pidió a ambas partes que volvieran a la mesa de \
        negociación. «Nadie gana cuando se paran las grúas», dijo a los periodistas a la \
        salida del Congreso, y añadió que el gobierno no intervendría en una disputa sobre \
        salarios, aunque estaba dispuesto a ofrecer un mediador. La oposición la acusó de \
        haber ignorado durante meses las advertencias del sindicato.
        """,
        """
        Las huelgas en los puertos se han vuelto más frecuentes en la región a medida que \
        se recuperaba el volumen del transporte y la inflación reducía el poder de compra. \
        Economistas de una universidad local calculan que un paro de una semana restaría \
        una décima al crecimiento trimestral, aunque la mayor parte del comercio perdido se \
        recuperaría al despejarse la acumulación de buques.
        """,
    ]
}
