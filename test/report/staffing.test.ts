import { type Evaluation } from "../../src/model/evaluation";
import { sampleModel } from "../helpers/workbooks";
import { wordText } from "../helpers/word-text";

/**
 * Issue 26: the staffing of template 1.4 reaches the report. The statement of
 * test/layout/staffing-full.test.ts: 核定编制12人（行政6、事业4、工勤2），实有23人（在职10、离休0、
 * 退休13），在职中行政6、事业4，年初在职10人，调入1、调出0、退休1，年末在职10人.
 */
function statement(): Evaluation {
  const m = sampleModel();
  m.profile.staffing = { total: "12", administrative: "6", institutional: "4", worker: "2" };
  m.profile.people = {
    ...m.profile.people,
    total: "23",
    active: "10",
    retiredCadre: "0",
    retired: "13",
    activeAdministrative: "6",
    activeInstitutional: "4",
    activeLastYear: "10",
    transferredIn: "1",
    transferredOut: "0",
    retiredInYear: "1",
  };
  return m;
}

test("在职 by kind and the year's movements are stated where filled", async () => {
  const text = await wordText(statement());
  expect(text).toContain(
    "实有人数23人，其中在职人员10人（行政6人、事业4人），离休人员0人，退休人员13人"
  );
  expect(text).toContain("年初实有在职人员10人，本年调入1人、调出0人、退休1人");
});

test("blank movements and kinds leave their clauses out, never written as 0", async () => {
  const m = statement();
  m.profile.people = {
    ...m.profile.people,
    activeAdministrative: undefined,
    activeInstitutional: undefined,
    transferredOut: undefined,
  };
  const text = await wordText(m);
  expect(text).toContain("其中在职人员10人，离休人员0人");
  expect(text).toContain("年初实有在职人员10人，本年调入1人、退休1人");
  const none = statement();
  none.profile.people = { ...none.profile.people, activeLastYear: undefined };
  expect(await wordText(none)).not.toContain("年初实有在职人员");
});

test("the sample, which states neither, reads as before", async () => {
  const text = await wordText(sampleModel());
  expect(text).not.toContain("年初实有在职人员");
  expect(text).not.toMatch(/在职人员\d+人（/);
});
