import rule from "../../src/rules/staff-by-body";
import type { StaffOfBody } from "../../src/model/evaluation";
import { evaluation, ruleTester } from "./rule-tester";

/** 编制 11 (行政 10 + 工勤 1), 在职 10, as the seed states them. */
const model = (staffByBody: StaffOfBody[] | undefined, staffing = "11", active = "10") =>
  evaluation({
    profile: {
      staffing: {
        administrative: "10",
        politicalLegal: "0",
        institutional: "0",
        worker: "1",
        total: staffing,
      },
      people: { active },
      staffByBody,
    },
  });

const ORGAN = { name: "机关", staffing: "8", active: "7" };
const CENTRE = { name: "就业服务中心", staffing: "3", active: "3" };

ruleTester(rule, {
  valid: [
    { name: "no table (an older workbook)", model: model(undefined) },
    { name: "table empty", model: model([]) },
    { name: "机关 8 + 中心 3 = 11 posts, 7 + 3 = 10 serving", model: model([ORGAN, CENTRE]) },
    {
      name: "only 在职 by body: the 编制 column is not checked",
      model: model([
        { name: "机关", active: "7" },
        { name: "就业服务中心", active: "3" },
      ]),
    },
    {
      name: "a body's blank figure with the filled ones already matching: the blank 0 fits",
      model: model([ORGAN, CENTRE, { name: "培训中心", active: "0" }]),
    },
    {
      name: "a wrong 编制数合计 (kinds give 11, stated 12) is staffing-total's finding, not this one",
      model: model([ORGAN, CENTRE], "12"),
    },
  ],
  invalid: [
    {
      name: "机关 8 + 中心 4 = 12 posts against 11",
      model: model([ORGAN, { ...CENTRE, staffing: "4" }]),
      errors: [
        {
          messageId: "staffingMismatch",
          severity: "error",
          expected: "12",
          actual: "11",
          says: ["编制数合计填报 11 人", "相加为 12 人（相差 -1 人）"],
          paths: [
            "profile.staffing.total",
            "profile.staffByBody.0.staffing",
            "profile.staffByBody.1.staffing",
          ],
        },
      ],
    },
    {
      name: "在职 7 + 2 = 9 against 10, with 编制 right: one finding, at 在职",
      model: model([ORGAN, { ...CENTRE, active: "2" }]),
      errors: [
        {
          messageId: "activeMismatch",
          severity: "error",
          expected: "9",
          actual: "10",
          says: ["在职人员填报 10 人", "相加为 9 人"],
          paths: [
            "profile.people.active",
            "profile.staffByBody.0.active",
            "profile.staffByBody.1.active",
          ],
        },
      ],
    },
    {
      name: "filled bodies already exceed the total though one is blank: an error",
      model: model([ORGAN, { name: "就业服务中心", staffing: "4" }]),
      errors: [
        {
          messageId: "staffingMismatch",
          expected: "12",
          actual: "11",
          paths: [
            "profile.staffing.total",
            "profile.staffByBody.0.staffing",
            "profile.staffByBody.1.staffing",
          ],
        },
        {
          // Issue 25 item 3: the one blank body's 在职 is pinned down by 在职人员.
          messageId: "impliedBlank",
          severity: "warning",
          says: ["未填；按在职人员与分单位在职人数之和应为"],
          paths: [
            "profile.staffByBody.1.active",
            "profile.people.active",
            "profile.staffByBody.0.active",
          ],
        },
      ],
    },
    {
      // Issue 25 item 3: one blank body short of the total is pinned down — a warning, not 0.
      name: "a blank body short of the total: a warning naming its implied 编制, not an error",
      model: model([ORGAN, { name: "就业服务中心", active: "3" }]),
      errors: [
        {
          messageId: "impliedBlank",
          severity: "warning",
          says: ["未填；按编制数合计与分单位编制数之和应为"],
          paths: [
            "profile.staffByBody.1.staffing",
            "profile.staffing.total",
            "profile.staffByBody.0.staffing",
          ],
        },
      ],
    },
  ],
});
