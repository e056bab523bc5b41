import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Writes src/main/resources/data/stakeholder/states.csv from a code list (stdin, TSV:
 * alpha2, numeric, status, region, group). Names are Unicode CLDR short names as shipped
 * with the JDK, except the two observer states whose CLDR names are not what the UN uses.
 * Usage: python3 tools/data/country_codes.py PATH/countries.json | java tools/data/CountryNames.java
 */
public class CountryNames {
    static final String[] LANGS = {"en", "fr", "es", "ru", "zh", "ar"};
    static final Map<String, String[]> OVERRIDES = Map.of(
        "PS", new String[]{"State of Palestine", "État de Palestine", "Estado de Palestina", "Государство Палестина", "巴勒斯坦国", "دولة فلسطين"},
        "CD", new String[]{"Democratic Republic of the Congo", "République démocratique du Congo", "República Democrática del Congo", "Демократическая Республика Конго", "刚果民主共和国", "جمهورية الكونغو الديمقراطية"},
        "CG", new String[]{"Congo", "Congo", "Congo", "Конго", "刚果", "الكونغو"},
        "VA", new String[]{"Holy See", "Saint-Siège", "Santa Sede", "Святейший Престол", "教廷", "الكرسي الرسولي"});

    public static void main(String[] args) throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new StringBuilder("alpha2,alpha3,numeric,status,region,un_regional_group,name_en,name_fr,name_es,name_ru,name_zh,name_ar,source\n");
        for (String line; (line = in.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            Locale country = new Locale("", f[0]);
            var row = new ArrayList<>(List.of(f[0], country.getISO3Country(), f[1], f[2], f[3], f[4]));
            for (int i = 0; i < LANGS.length; i++) {
                String name = OVERRIDES.containsKey(f[0]) ? OVERRIDES.get(f[0])[i]
                        : country.getDisplayCountry(Locale.forLanguageTag(LANGS[i]));
                row.add(name);
            }
            row.add(Set.of("PS", "VA", "CD", "CG").contains(f[0]) ? "ISO 3166-1 codes; names: UN short names" : "ISO 3166-1 codes; names: Unicode CLDR short names (JDK 17); region: continent (world-countries, ODbL)");
            out.append(String.join(",", row.stream().map(CountryNames::csv).toList())).append('\n');
        }
        Files.writeString(Path.of("src/main/resources/data/stakeholder/states.csv"), out, StandardCharsets.UTF_8);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
