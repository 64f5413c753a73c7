// Checks Typwerk's SurveyJS exports with SurveyJS's own library (npm survey-core, installed by ./verify).
//
//   node surveyjs-check.js lint SURVEY.json...
//     prints {"<file>": {"jsonErrors": [...] | null, "lintErrors": [...], "lintWarnings": [...]}}, with
//     survey-core's German translation loaded, as a page for German respondents loads it
//     (without it, the linter takes a survey's "locale": "de" for an unknown language)
//   node surveyjs-check.js answer SURVEY.json INPUT.jsonl OUTPUT.jsonl
//     INPUT: one {"data": {...}, "asked": [question names]} per line. Each is set as model.data of a
//     new Model; every question's isVisible is compared with "asked", validate(true) must pass, the
//     survey is completed and model.data (what SurveyJS hands to a server) is written to OUTPUT.
//     Prints {"rows": n, "visibility": [...], "invalid": [...]}.
//   node surveyjs-check.js walk SURVEY.json INPUT.jsonl OUTPUT.jsonl
//     INPUT: one {"steps": [[name, value], ...]} per line: a respondent answering in that order, as
//     the form does (question.value set, later answers changing earlier ones). A step on a question
//     the survey does not show then is refused (a respondent cannot answer it). validate(true), then
//     the survey is completed and model.data written to OUTPUT.
//     Prints {"rows": n, "refused": [...], "invalid": [...]}.
//   node surveyjs-check.js locales SURVEY.json LOCALE...
//     What a respondent reads, with survey-core's German translation loaded as a German page loads it:
//     {"first": {...}, "<locale>": {...}}, "first" as the survey opens, each locale after
//     survey.locale = locale; each {"locale", "title", "question" (the first question after the
//     respondent's page), "choice" (its first choice's text), "next" (SurveyJS's own button)}.
"use strict";
const fs = require("fs");
const { Model } = require("survey-core");
const { lintSurvey } = require("survey-core/linter");

const [command, ...args] = process.argv.slice(2);

function lint(files) {
  require("survey-core/i18n/german");
  const report = {};
  for (const file of files) {
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    const model = new Model(json);
    const errors = model.jsonErrors ? model.jsonErrors.map(e => String(e.message)) : null;
    const all = lintSurvey(json).findings;
    const line = f => f.ruleId + " at " + f.path + ": " + f.message;
    report[file] = {
      jsonErrors: errors,
      lintErrors: all.filter(f => f.severity === "error"),
      lintWarnings: all.filter(f => f.severity !== "error").map(line),
    };
  }
  return report;
}

function answer(surveyFile, inputFile, outputFile) {
  const json = JSON.parse(fs.readFileSync(surveyFile, "utf8"));
  const lines = fs.readFileSync(inputFile, "utf8").split("\n").filter(l => l.trim() !== "");
  const out = [];
  const report = { rows: 0, visibility: [], invalid: [] };
  lines.forEach((line, index) => {
    const { data, asked } = JSON.parse(line);
    const model = new Model(json);
    model.data = data;
    for (const page of model.pages) {
      if (page.name === "respondent") continue;
      for (const question of page.questions) {
        const expected = asked.includes(question.name);
        if (question.isVisible !== expected) {
          report.visibility.push({ row: index + 1, question: question.name, visible: question.isVisible, asked: expected });
        }
      }
    }
    if (!model.validate(true)) {
      const errors = model.getAllQuestions().filter(q => q.errors.length > 0)
        .map(q => q.name + ": " + q.errors.map(e => e.text).join("; "));
      report.invalid.push({ row: index + 1, errors });
    }
    model.doComplete();
    out.push(JSON.stringify(model.data));
    report.rows++;
  });
  fs.writeFileSync(outputFile, out.map(l => l + "\n").join(""));
  return report;
}

function walk(surveyFile, inputFile, outputFile) {
  const json = JSON.parse(fs.readFileSync(surveyFile, "utf8"));
  const lines = fs.readFileSync(inputFile, "utf8").split("\n").filter(l => l.trim() !== "");
  const out = [];
  const report = { rows: 0, refused: [], invalid: [] };
  lines.forEach((line, index) => {
    const { steps } = JSON.parse(line);
    const model = new Model(json);
    for (const [name, value] of steps) {
      const question = model.getQuestionByName(name);
      if (!question || !question.isVisible) {
        report.refused.push({ row: index + 1, question: name });
        continue;
      }
      question.value = value;
    }
    if (!model.validate(true)) {
      const errors = model.getAllQuestions().filter(q => q.errors.length > 0)
        .map(q => q.name + ": " + q.errors.map(e => e.text).join("; "));
      report.invalid.push({ row: index + 1, errors });
    }
    model.doComplete();
    out.push(JSON.stringify(model.data));
    report.rows++;
  });
  fs.writeFileSync(outputFile, out.map(l => l + "\n").join(""));
  return report;
}

function locales(surveyFile, tags) {
  require("survey-core/i18n/german");
  const json = JSON.parse(fs.readFileSync(surveyFile, "utf8"));
  const read = model => {
    const question = model.pages[1].questions[0];
    const choice = question.visibleChoices && question.visibleChoices.length > 0 ? question.visibleChoices[0].text : null;
    return { locale: model.locale, title: model.title, question: question.title, choice, next: model.pageNextText };
  };
  const report = { first: read(new Model(json)) };
  for (const tag of tags) {
    const model = new Model(json);
    model.locale = tag;
    report[tag] = read(model);
  }
  return report;
}

let result;
if (command === "lint") result = lint(args);
else if (command === "locales") result = locales(args[0], args.slice(1));
else if (command === "answer") result = answer(args[0], args[1], args[2]);
else if (command === "walk") result = walk(args[0], args[1], args[2]);
else {
  console.error("usage: surveyjs-check.js lint FILE... | answer SURVEY INPUT OUTPUT | walk SURVEY INPUT OUTPUT | locales SURVEY LOCALE...");
  process.exit(2);
}
process.stdout.write(JSON.stringify(result) + "\n");
