package org.guanxi.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown wrapper that news mirrors put around a page's HTML: YAML front matter, a
 * {@code <!--epoch-ms-->} comment, a {@code ### title} or {@code [title](url)} header, navigation
 * and promotion lines made of Markdown links, share footers and {@code 原文链接} lines. What is left
 * is the body, handed to jsoup as HTML.
 */
record PageShell(String title, String url, Long epochMillis, String dateText, Map<String, String> frontMatter,
                 String body) {

    private static final Pattern EPOCH = Pattern.compile("^<!--\\s*(\\d{10,13})\\s*-->\\s*$");
    private static final Pattern LINK_TITLE = Pattern.compile("^\\[(.+)]\\((\\S+?)\\)\\s*$");
    private static final Pattern HASH_TITLE = Pattern.compile("^#{1,3}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:日期|发布时间|發佈時間|发表时间|時間|时间)[：:]\\s*(.+)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|={3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]\\n]*]\\([^)\\s]*\\)");
    private static final Pattern NAV_HEADING = Pattern.compile("^\\s*#{1,6}\\s");
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*原文(?:链接|地址|連結)[^：:]*[：:]\\s*(\\S+)");
    private static final Pattern SHARE_START = Pattern.compile("^\\s*手机上长按并复制下列链接");
    private static final Pattern BARE_URL = Pattern.compile("^\\s*(?:https?://\\S+\\s*(?:<br/?>)?\\s*)$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern MD_TEXT_LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((?:https?://|/|\\.{1,2}/)[^)\\s]*\\)");
    private static final Pattern FRONT_KEY = Pattern.compile("^([A-Za-z_][\\w\\-]*)\\s*:\\s*(.*)$");

    static PageShell parse(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = 0;
        Map<String, String> front = new LinkedHashMap<>();
        i = frontMatter(lines, i, front);
        String title = front.get("title");
        String url = firstOf(front, "url", "link", "source_url", "original_url", "canonical_url", "permalink");
        Long epoch = null;
        String dateText = firstOf(front, "date", "published", "pubdate", "publish_date", "time");
        // header lines, in any order, before the body starts
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m;
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                continue;
            }
            if ((m = EPOCH.matcher(line)).matches() && epoch == null) {
                epoch = Long.parseLong(m.group(1));
                if (m.group(1).length() == 10) {
                    epoch *= 1000;
                }
            } else if ((m = LINK_TITLE.matcher(line)).matches() && title == null) {
                title = m.group(1).strip();
                url = url == null ? m.group(2) : url;
            } else if ((m = HASH_TITLE.matcher(line)).matches() && title == null && !line.contains("](")) {
                title = m.group(1);
            } else if ((m = DATE_LINE.matcher(line)).matches() && dateText == null) {
                dateText = m.group(1);
            } else {
                break;
            }
        }
        StringBuilder body = new StringBuilder(text.length());
        boolean inShareFooter = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (inShareFooter) {
                if ((m = SOURCE_LINE.matcher(line)).find()) {
                    url = url == null ? m.group(1) : url;
                    inShareFooter = false;
                }
                continue;
            }
            if (SHARE_START.matcher(line).find()) {
                inShareFooter = true;
                continue;
            }
            if ((m = SOURCE_LINE.matcher(line)).find()) {
                url = url == null ? m.group(1) : url;
                continue;
            }
            if (RULE.matcher(line).matches() || BARE_URL.matcher(line).matches() || isLinkLine(line)) {
                continue;
            }
            if (NAV_HEADING.matcher(line).find() && !line.contains("<")) {
                // a Markdown heading of plain text is a heading of the article
                String h = line.strip().replaceFirst("^#{1,6}\\s+", "");
                body.append("<h3>").append(h).append("</h3>\n");
                continue;
            }
            if (line.indexOf('[') >= 0 || line.indexOf('!') >= 0) {
                line = MD_TEXT_LINK.matcher(MD_IMAGE.matcher(line).replaceAll("")).replaceAll("$1");
            }
            body.append(line).append('\n');
        }
        return new PageShell(title, url, epoch, dateText, front, body.toString());
    }

    /**
     * A navigation or promotion line: a Markdown heading or plain line that is mostly Markdown links
     * (the mirrors' "#### [首页](...) | [翻墙教程](...)" and "#### [ 🔥 ...](...)" lines).
     */
    private static boolean isLinkLine(String line) {
        if (line.indexOf("](") < 0) {
            return false;
        }
        String s = line.strip();
        String withoutLinks = MD_LINK.matcher(s).replaceAll("");
        String rest = withoutLinks.replaceAll("&nbsp;|[|\\s#:：💥🔥🎬💌>*]", "");
        boolean heading = NAV_HEADING.matcher(line).find();
        return heading ? rest.length() <= 12 : rest.isEmpty();
    }

    private static int frontMatter(List<String> lines, int i, Map<String, String> out) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).strip().equals("---")) {
            return 0;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int j = i + 1; j < Math.min(lines.size(), i + 80); j++) {
            String line = lines.get(j);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                if (found.isEmpty()) {
                    return 0;
                }
                out.putAll(found);
                return j + 1;
            }
            Matcher m = FRONT_KEY.matcher(line);
            if (m.matches()) {
                found.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            } else if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("\t")) {
                return 0; // not YAML: a Markdown rule followed by text
            }
        }
        return 0;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String firstOf(Map<String, String> m, String... keys) {
        for (String k : keys) {
            String v = m.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
