import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import type { SourceLine } from "../../src/model";
import { renderBlocks } from "../../src/render";
import { codeBlock, isCodeBoxLabel, isCodeLine, markCode, mayHoldCode } from "../../src/structure/find-code";

const md = new MarkdownIt({ html: false });
/** Lines as toLines gives them (trimmed), and the raw text they came from. */
function marked(raw: string): SourceLine[] {
  const rawLines = raw.split("\n");
  const lines = rawLines.map((r, i) => ({ no: i + 1, text: r.trim() }));
  markCode(lines, () => rawLines);
  return lines;
}
const codeOf = (raw: string): string[] => marked(raw).filter((l) => l.code !== undefined).map((l) => l.code!);

describe("isCodeLine", () => {
  test.each([
    ["an SQL clause in capitals with its column", "ORDER BY s.created_at DESC"],
    ["an SQL clause with its number and semicolon", "LIMIT 50;"],
    ["a Python import", "import json"],
    ["a function's head", "def load(path):"],
    ["a call", "print(config['port'])"],
    ["a method call with its semicolon", "console.log(total);"],
    ["a call with a space inside its brackets and its semicolon", "printf(\"%d items\\n\", count);"],
    ["an assignment", "config = load('settings.json')"],
    ["a compound assignment", "total += price * qty"],
    ["a closing bracket", "});"],
    ["a block opener", "if (x > 0) {"],
    ["a const declaration", "const input = document.querySelector('#search');"],
    ["a command after its prompt", "$ npm install --save-dev vitest"],
    ["a Python loop", "for name, size in sizes.items():"],
    ["an exception raised", 'raise SystemExit(f"missing config: {path}") from e'],
    ["a tag", '<div class="card">'],
    ["a query", "SELECT id, name FROM users WHERE active = 1;"],
    ["a package manager's command", "sudo apt install ncdu"],
    ["a disk command", "df -h"],
    ["an INI section", "[Interface]"],
    ["a YAML key alone", "trigger:"],
    ["a YAML list item's key and value", "- platform: state"],
    ["a configuration key with a dotted value", "entity_id: sensor.hall_motion"],
    ["a configuration comment", "# phone"],
    ["a crontab entry", "15 3 * * * backup --config ~/.config/backup.yml"],
    ["a shebang with its interpreter's name", "#!/usr/bin/env bash"],
    ["a printer's G-code", "G1 E100 F60"],
    ["a typed member of an interface", "attempts?: number;"],
    ["a typed member with a function's type", "shouldRetry?: (err: unknown) => boolean;"],
  ])("should read %s as code", (_n, line) => expect(isCodeLine(line)).toBe(true));

  test.each([
    ["a sentence", "The loader reads the file and returns its settings."],
    ["a sentence with brackets", "The council (which meets monthly) approved the plan."],
    ["a headline", "Debounce a search box in twelve lines"],
    ["a list item with its semicolon", "raising the parking fee;"],
    ["a list item with a label and its semicolon", "Tickets: Twelve euros at the door;"],
    ["a list item with its aside in brackets and its semicolon", "hogere bouwkosten dan begroot (29 gemeenten);"],
    ["a price", "$ 73.66 € 90.21"],
    ["a sentence that opens with a lowercase command word", "go ahead and book the tickets now."],
    ["a label", "Share this:"],
    ["a lowercase label over a sentence", "update: the council has approved the plan."],
    ["a capitalised label and its value", "Location: Northport"],
    ["a kicker in capitals that opens with an SQL word", "ON THE PORCH"],
  ])("should not read %s as code", (_n, line) => expect(isCodeLine(line)).toBe(false));
});

describe("markCode", () => {
  test("should mark a block a sentence introduces, with its indentation as written", () => {
    expect(codeOf("Here is the loader we started with:\ndef load(path):\n    return json.load(path)\nIt works until the file is missing.")).toEqual(["def load(path):", "    return json.load(path)"]);
  });

  test("should mark a block under its box's toolbar, the language's name and the copy button", () => {
    const sql = ["SELECT o.id, o.total", "FROM orders o", "WHERE o.status = 'open'", "  AND o.depot_id = $1", "ORDER BY o.created_at DESC", "LIMIT 50;"];
    expect(codeOf(["The query looked like this, simplified:", "SQL", "Kopieren", ...sql, "Nothing special at first sight."].join("\n"))).toEqual(sql);
  });
  test("should mark a box under its copy button whatever its lines, up to the text under it", () => {
    const box = ["restic -r sftp:shed:/srv/restic snapshots", "", "gzip -f \"$DEST/photos.tar\""];
    expect(codeOf(["Both steps run from the same shell.", "Bash", "Copy code", ...box, "The copy takes most of an evening."].join("\n"))).toEqual(box.filter((l) => l !== ""));
  });
  test("should end a box at a heading in capitals under it", () => {
    expect(codeOf(["Copy code", "restic -r /srv/restic snapshots", "Step 2: Check the files", "find /tmp/photos -type f"].join("\n"))).toEqual(["restic -r /srv/restic snapshots"]);
  });
  test.each([
    ["a share bar's copy button over text", "Share\nCopy\nLink copied!\nThe council met on Tuesday."],
    ["a copy button over a lowercase word without code's signs", "Copy code\nnothing to see here"],
  ])("should not open a box under %s", (_n, raw) => expect(codeOf(raw)).toEqual([]));
  test("should open an SQL block with the comment over its statement", () => {
    const sql = ["-- only open orders, sorted", "CREATE INDEX CONCURRENTLY idx_orders_open", "  ON orders (depot_id, created_at DESC)", "  WHERE status = 'open';"];
    expect(codeOf(["We added a partial index:", ...sql, "The index is tiny next to the others."].join("\n"))).toEqual(sql);
  });
  test("should mark a block between two sentences", () => {
    expect(codeOf("The helper restarts a timer on every key press and runs the last one.\nclearTimeout(timer);\ntimer = setTimeout(run, 250);\nThat is all the helper does, in two lines.")).toHaveLength(2);
  });

  test.each([
    ["a single line of code between two sentences", "The helper is called on every page.\nprint(total)\nIt prints the sum of the basket."],
    ["a single configuration line under a sentence's colon", "The section of the file looks like this:\n[Extras]\nThe rest of the file stays as it is."],
    ["a capitalised line under a sentence's colon", "The committee recommended three things in its report:\nBuild two more ferries\nIt also asked for a new quay."],
    ["a list of clauses that end with semicolons", "The committee recommended:\nraising the parking fee;\nextending the opening hours;\nhiring two more staff."],
    ["code-like lines with no text around them", "Menu\nx = 1\ny = 2\nFooter"],
    ["a page's own styles between two paragraphs", "The crew trained twice a day through September.\n.banner {\ncolor: #fff;\n}\nThe women's four finished third in their race."],
  ])("should not mark %s", (_n, raw) => expect(codeOf(raw)).toEqual([]));

  test.each([
    ["a command", "Install the tool with the package manager:\nsudo apt install ncdu\nStart it afterwards from any folder.", ["sudo apt install ncdu"]],
    ["a call", "Call the helper like this:\nprint(total)\nIt prints the sum of the basket.", ["print(total)"]],
    ["a crontab entry", "And the nightly job is a single line in my crontab:\n15 3 * * * backup --all\nEach copy is a plain file.", ["15 3 * * * backup --all"]],
  ])("should mark %s alone under the sentence that introduces it", (_n, raw, code) => expect(codeOf(raw)).toEqual(code));

  test("should mark a configuration file in YAML, its nested keys and a long value among them", () => {
    const yaml = ["alias: Hall light on motion", "description: Switches the light on only when it is dark in the hall", "trigger:", "  - platform: state", "    entity_id: sensor.hall_motion", "mode: restart"];
    expect(codeOf(["I keep the automation in its YAML file, which is easier to read:", ...yaml, "The threshold of 40 lux worked well after a few days."].join("\n"))).toEqual(yaml);
  });

  test("should end a block at the line that introduces the next one", () => {
    const raw = "The old crontab line looked like this:\n30 2 * * * /usr/local/bin/backup.sh\nThe service unit\nCreate /etc/systemd/system/backup.service:\n[Unit]\nDescription=Nightly backup\nType=oneshot\nNote the type: without it, systemd waits for the script forever.";
    expect(codeOf(raw)).toEqual(["30 2 * * * /usr/local/bin/backup.sh", "[Unit]", "Description=Nightly backup", "Type=oneshot"]);
  });

  test("should mark a style sheet that a sentence introduces", () => {
    expect(codeOf("Add this rule to your style sheet:\n.banner {\n  color: #fff;\n}\nReload the page to see it.")).toEqual([".banner {", "  color: #fff;", "}"]);
  });

  test("should end the block at a sentence under the code", () => {
    expect(codeOf("Here it is:\nx = load(a)\ny = load(b)\nRun it with a wrong path and you get one clear line.\nz = 3")).toEqual(["x = load(a)", "y = load(b)"]);
  });

  test("should mark a configuration's braced section whose inner lines are bare words", () => {
    const conf = ["/var/log/harbour/*.log {", "    weekly", "    rotate 52", "    compress", "    postrotate", "        /usr/bin/systemctl reload harbourd", "    endscript", "}"];
    expect(codeOf(["I rewrote the rotation rules from scratch:", ...conf, "After that, a forced run worked cleanly."].join("\n"))).toEqual(conf);
  });
  test("should not take a subheading under a command for its output", () => {
    expect(codeOf("After that, a forced run worked:\n$ sudo rotate -f /etc/rotate.d/harbour\nLessons learned\nAlways check the file with cat -A when something odd happens.")).toEqual(["$ sudo rotate -f /etc/rotate.d/harbour"]);
  });
  test("should take a command's output when the text goes on under it", () => {
    expect(codeOf("Check the disk first:\n$ df -h /mnt\n/dev/sdb1  916G  21G\nIf the line is missing, mount the disk before you go on.")).toEqual(["$ df -h /mnt", "/dev/sdb1  916G  21G"]);
  });
});

describe("isCodeBoxLabel", () => {
  test.each([
    ["over the copy button", ["Bash", "Copy code", "restic -r /srv/restic snapshots"], 0, true],
    ["under the copy button", ["Copy code", "Python", "import json"], 1, true],
    ["with no code under the button", ["Share", "Copy", "Link copied!"], 0, false],
    ["a copy button itself", ["Bash", "Copy code", "restic -r /srv/restic snapshots"], 1, false],
  ] as const)("should tell a language label %s", (_n, texts, i, expected) => {
    const lines = marked(texts.join("\n"));
    expect(isCodeBoxLabel(lines, i)).toBe(expected);
  });
});

describe("codeBlock", () => {
  test("should drop the indentation all lines share, lay out tabs, and keep blank lines", () => {
    const lines = marked("Like so:\n\tif (ok) {\n\t\trun();\n\n\t}\nDone, and it runs on every page.").filter((l) => l.code !== undefined);
    expect(codeBlock(lines).text).toBe("if (ok) {\n    run();\n\n}");
  });

  test("should fence the code with more backticks than it holds, so the code cannot close the fence", () => {
    const markdown = renderBlocks([{ kind: "code", text: "s = ```not a fence```\n<script>alert(1)</script>", line: 1 }]);
    expect(markdown.startsWith("````\n")).toBe(true);
    const html = md.render(markdown);
    expect(html).toContain("<pre><code>s = ```not a fence```\n&lt;script&gt;");
  });
});

describe("mayHoldCode", () => {
  test.each([
    ["a Python block", "Here it is:\ndef load(path):\n    return json.load(path)"],
    ["a JavaScript block", "Like so:\nconst input = document.querySelector('#search');\ninput.focus();"],
    ["a shell session", "Check the disk:\n$ df -h /mnt\n/dev/sdb1  916G"],
    ["a style sheet", "Add this rule:\n.banner {\n  color: #fff;\n}"],
    ["a query", "Run it:\nSELECT id FROM users WHERE active = 1"],
  ])("should let %s through to the line test", (_n, text) => {
    expect(mayHoldCode(text)).toBe(true);
    expect(marked(text).some((l) => isCodeLine(l.text))).toBe(true);
  });
  test.each([
    ["a YAML file", "The file looks like this:\nalias: Hall light\ntrigger:\n  - platform: state"],
    ["an INI section", "Add this section:\n[Interface]\nAddress = 10.8.0.1/24"],
    ["a crontab entry", "The nightly job:\n15 3 * * * backup --all"],
  ])("should let %s through to the line test", (_n, text) => expect(mayHoldCode(text)).toBe(true));
  test("should pass over a news page with a lowercase label, a G7 headline and a bracketed kicker", () => {
    expect(mayHoldCode("Harbour Daily\nG7 leaders meet at the harbour\n[Updated] Ferry strike ends after two days\nvia: Harbour Wire\nThe port operator reported a record profit on Tuesday, its fifth in a row.")).toBe(false);
  });
  test("should pass over a news page without code", () => {
    expect(mayHoldCode("Harbour Daily\nPort operator posts record profit\nBy Anna Lind\nThe port operator reported a record profit on Tuesday (its fifth in a row).\nAnalysts had expected less.")).toBe(false);
  });
});
