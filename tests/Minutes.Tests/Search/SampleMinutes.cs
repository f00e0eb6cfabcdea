namespace Minutes.Tests.Search;

/// <summary>
/// Real sentences from the seed minutes (src/samples 001 and 003) in <see cref="MarkupMinutesParser"/>
/// markup, until the real parser is on main.
/// </summary>
internal static class SampleMinutes
{
    public const string Network2024File = "001_fc05f7ce724914ac.txt";
    public const string SteeringGroup2020File = "003_e7ed1e5b5bd35238.txt";

    public const string Network2024 = """
        title: Referat - Netværksgruppe Børn og Unge den 14. juni 2024
        body: Netværksgruppe Børn og Unge
        date: 2024-06-14
        participants: Peter Rymann (Greve); Lisbet Daugaard-Hansen (Holbæk); Julie Folke Jacobsen (Kalundborg); Daniel Gottrup (Næstved); Ane Stallknecht (Odsherred)
        ## 1 | Velkommen mv.
        Lisbet (Holbæk) bød velkommen og efter en hurtig præsentationsrunde blev dagsorden godkendt.
        ## 3 | Nyt fra Rammeaftale Sjælland
        Nyt fra KL: Povl: Der er kapacitetspres på de sikrede institutioner, som blandt andet skyldes en stigning på ca. 30 % i de sociale anbringelser.
        Ania (regionen) pegede på, at de sikrede institutioner også oplever det som et stort problem, og at udfordringen særligt skyldes de sociale anbringelser.
        beslutning: Aftale: Povl og Ania sender fælles mail til KL mhp. at gøre tydeligt obs på udfordringer, også mht. mulighed for flere pladser i psykiatrien.
        ## 5 | Børnehus Sjælland – status
        Daniel orienterede: Der er sket en aktivitetsstigning på 40% ift. det forventede. Derfor indstilles en takstkorrektion i indeværende år, for at undgå dobbeltstigning næste år.
        ## 6 | Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten
        Daniel orienterede. Der har de seneste år været arbejdet med at ændre målgruppen på tilbuddet Døgndiamanten. Emnet har været drøftet i styregruppen for rammeaftale Sjælland den 3. maj.
        Daniel: Næstved kommune vurderer at 0-8 års området kunne være mere relevant eller 15+ ift. unge, der ligger over anbringelse på eget værelse.
        beslutning: Netværket bakkede generelt op om Næstved Kommunes vurdering, dvs. at der er behov for en af de to/eller begge målgrupper.
        """;

    public const string SteeringGroup2020 = """
        title: Dagsordenspunkter til styregruppemøde den 26. juni 2020
        body: Styregruppen for Rammeaftale Sjælland
        date: 2020-06-26
        participants: Erik Pedersen (Odsherred); Allan Ruders (Guldborgsund); Jakob Bigum Lundberg (Næstved)
        ## 7 | Rammeaftalens regelsæt vedrørende nedlukning af tilbud
        Beslutningstema: Styregruppen drøfter mulig præcisering af rammeaftalens regelsæt for nedlukning af tilbud.
        Baggrunden er dels at Holbæk kommune og Odsherred kommune har en igangværende sag om fortolkningen af ’Præcisering af regelsættet om lukning af tilbud i rammeaftalen’.
        beslutning: Styregruppen besluttede at sagen belyses yderligere og tages op til uddybende drøftelse og beslutning på næste styregruppemøde 14/8.
        ## 9 | Suppleanter til følgegruppen for de særlige pladser
        Styregruppen for de særlige pladser foreslår jf. referat fra seneste styregruppemøde 12/6 at der evt. kan udpeges stedfortrædere, så kommunernes repræsentation sikres.
        beslutning: Odsherred (Erik Pedersen) er udpeget som suppleant for Guldborgsund (Allan Ruders) i styregruppen for de særlige pladser
        """;

    /// <summary>Writes both meetings into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Network2024File), Network2024);
        File.WriteAllText(Path.Combine(folder, SteeringGroup2020File), SteeringGroup2020);
    }
}
