import { describe, expect, test } from "vitest";
import { extendWireCredit } from "../../src/extend-wire-credit";

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));
const para = "Dee Tomlin scored 31 points and the Harbor City Gulls held off the Pinecrest Rangers on Sunday night.";

describe("extendWireCredit", () => {
  test("should take a game story's next games under 'UP NEXT'", () => {
    const page = lines(para, para, "UP NEXT", "Rangers: Host the Eastgate Foxes on Wednesday.", "Gulls: At the Dunmore Tides on Tuesday.", "Copyright 2025 Harbour Sports Wire. All rights reserved.");
    expect(extendWireCredit(page, { start: 0, end: 1 }, new Set())).toEqual({ start: 0, end: 4 });
  });
  test("should leave 'Up next' over other stories' headlines", () => {
    const page = lines(para, para, "Up next", "Ferry strike called off after late-night talks", "Council approves the harbour budget");
    expect(extendWireCredit(page, { start: 0, end: 1 }, new Set())).toEqual({ start: 0, end: 1 });
  });
  test("should take the story's last paragraph that a box walled off over the agency's credit", () => {
    const page = lines(para, para, "Commuters crowded the bus stops on Tuesday afternoon, the traffic authority said.", "(Reporting by Tom Berg; Editing by Ina Holm)", "View comments");
    expect(extendWireCredit(page, { start: 0, end: 1 }, new Set([page[2]!]))).toEqual({ start: 0, end: 3 });
  });
});
