/*
 * The SCORM data models and API semantics, as the SCORM 1.2 RTE (section 3) and SCORM 2004 4th
 * edition RTE (chapters 3 and 4) specify them: elements with their access (read-only, write-only,
 * read-write), data types and ranges, _children/_count/_version keywords, collections filled in
 * order, and the error codes GetLastError/GetErrorString/GetDiagnostic report. Values the SCO set
 * are kept in one map and saved whole; what the LMS supplies comes from the server's state.
 */
(function (global) {
  'use strict';
  var S12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];
  var MESSAGES = {
    0: 'No error', 101: 'General exception', 102: 'General initialization failure', 103: 'Already initialized',
    104: 'Content instance terminated', 111: 'General termination failure', 112: 'Termination before initialization',
    113: 'Termination after termination', 122: 'Retrieve data before initialization', 123: 'Retrieve data after termination',
    132: 'Store data before initialization', 133: 'Store data after termination', 142: 'Commit before initialization',
    143: 'Commit after termination', 201: 'Invalid argument error', 202: 'Element cannot have children',
    203: 'Element not an array - cannot have count', 301: 'General get failure', 351: 'General set failure',
    391: 'General commit failure', 401: 'Undefined data model element', 402: 'Unimplemented data model element',
    403: 'Data model element value not initialized', 404: 'Data model element is read only',
    405: 'Data model element is write only', 406: 'Data model element type mismatch',
    407: 'Data model element value out of range', 408: 'Data model dependency not established'
  };
  var MESSAGES12 = { 301: 'Not initialized', 201: 'Invalid argument error', 401: 'Not implemented error', 402: 'Invalid set value, element is a keyword',
    403: 'Element is read only', 404: 'Element is write only', 405: 'Incorrect data type', 101: 'General exception' };

  // ---- data types: each answers 0 (valid), 'type' or 'range' ----
  function str(max) { return function (v) { return v.length <= max ? 0 : 'type'; }; }
  function vocab(words) { return function (v) { return words.indexOf(v) >= 0 ? 0 : 'type'; }; }
  var NUM = /^-?\d+(\.\d+)?$/;
  function real(min, max) {
    return function (v) {
      if (!NUM.test(v)) { return 'type'; }
      var n = parseFloat(v);
      return (min !== null && n < min) || (max !== null && n > max) ? 'range' : 0;
    };
  }
  function int12(min, max) { return function (v) { return /^-?\d+$/.test(v) && +v >= min && +v <= max ? 0 : 'type'; }; }
  function score12(v) { return v === '' || (NUM.test(v) && +v >= 0 && +v <= 100) ? 0 : 'type'; }
  function id12(v) { return /^[\x21-\x7e]{1,255}$/.test(v) ? 0 : 'type'; }
  function timespan12(v) { return /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(v) ? 0 : 'type'; }
  function time12(v) { return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(v) ? 0 : 'type'; }
  function result12(v) { return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || NUM.test(v) ? 0 : 'type'; }
  function longId(v) {
    if (v === '' || v.length > 4000 || /\s/.test(v)) { return 'type'; }
    return /^urn:/i.test(v) && !/^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:.+/.test(v) ? 'type' : 0;
  }
  function time(v) {
    return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2})?)?)?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?$/.test(v) ? 0 : 'type';
  }
  function interval(v) {
    return /^P(?=.)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(v) ? 0 : 'type';
  }
  function localized(max) { return function (v) { return v.replace(/^\{lang=[^}]*\}/, '').length <= max ? 0 : 'type'; }; }
  function result2004(v) { return ['correct', 'incorrect', 'unanticipated', 'neutral'].indexOf(v) >= 0 ? 0 : (NUM.test(v) ? 0 : 'type'); }
  function navRequest(v) {
    return /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[^}]+\}(choice|jump))$/.test(v) ? 0 : 'type';
  }
  var COMPLETION = vocab(['completed', 'incomplete', 'not attempted', 'unknown']);
  var SUCCESS = vocab(['passed', 'failed', 'unknown']);

  // ---- the two data models: element (numbers as n) -> [access, type]; _children lists; collections ----
  var M12 = {
    children: {
      'cmi.core': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
      'cmi.core.score': 'raw,min,max', 'cmi.objectives': 'id,score,status', 'cmi.objectives.n.score': 'raw,min,max',
      'cmi.student_data': 'mastery_score,max_time_allowed,time_limit_action',
      'cmi.student_preference': 'audio,language,speed,text',
      'cmi.interactions': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency'
    },
    collections: ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses'],
    elements: {
      'cmi.core.student_id': ['ro'], 'cmi.core.student_name': ['ro'], 'cmi.core.lesson_location': ['rw', str(255)],
      'cmi.core.credit': ['ro'], 'cmi.core.lesson_status': ['rw', vocab(S12.slice(0, 5))], 'cmi.core.entry': ['ro'],
      'cmi.core.score.raw': ['rw', score12], 'cmi.core.score.min': ['rw', score12], 'cmi.core.score.max': ['rw', score12],
      'cmi.core.total_time': ['ro'], 'cmi.core.lesson_mode': ['ro'],
      'cmi.core.exit': ['wo', vocab(['time-out', 'suspend', 'logout', ''])], 'cmi.core.session_time': ['wo', timespan12],
      'cmi.suspend_data': ['rw', str(4096)], 'cmi.launch_data': ['ro'], 'cmi.comments': ['rw', str(4096)],
      'cmi.comments_from_lms': ['ro'],
      'cmi.objectives.n.id': ['rw', id12], 'cmi.objectives.n.score.raw': ['rw', score12],
      'cmi.objectives.n.score.min': ['rw', score12], 'cmi.objectives.n.score.max': ['rw', score12],
      'cmi.objectives.n.status': ['rw', vocab(S12)],
      'cmi.student_data.mastery_score': ['ro'], 'cmi.student_data.max_time_allowed': ['ro'],
      'cmi.student_data.time_limit_action': ['ro'],
      'cmi.student_preference.audio': ['rw', int12(-1, 100)], 'cmi.student_preference.language': ['rw', str(255)],
      'cmi.student_preference.speed': ['rw', int12(-100, 100)], 'cmi.student_preference.text': ['rw', int12(-1, 1)],
      'cmi.interactions.n.id': ['wo', id12], 'cmi.interactions.n.objectives.n.id': ['wo', id12],
      'cmi.interactions.n.time': ['wo', time12],
      'cmi.interactions.n.type': ['wo', vocab(['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'])],
      'cmi.interactions.n.correct_responses.n.pattern': ['wo', str(255)], 'cmi.interactions.n.weighting': ['wo', real(null, null)],
      'cmi.interactions.n.student_response': ['wo', str(255)], 'cmi.interactions.n.result': ['wo', result12],
      'cmi.interactions.n.latency': ['wo', timespan12]
    },
    defaults: { 'cmi.core.lesson_status': 'not attempted' }
  };
  var M2004 = {
    children: {
      'cmi.comments_from_learner': 'comment,location,timestamp', 'cmi.comments_from_lms': 'comment,location,timestamp',
      'cmi.interactions': 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
      'cmi.learner_preference': 'audio_level,language,delivery_speed,audio_captioning',
      'cmi.objectives': 'id,score,success_status,completion_status,progress_measure,description',
      'cmi.objectives.n.score': 'scaled,raw,min,max', 'cmi.score': 'scaled,raw,min,max'
    },
    collections: ['cmi.comments_from_learner', 'cmi.comments_from_lms', 'cmi.interactions', 'cmi.interactions.n.objectives',
      'cmi.interactions.n.correct_responses', 'cmi.objectives'],
    elements: {
      'cmi._version': ['ro'],
      'cmi.comments_from_learner.n.comment': ['rw', localized(4000)], 'cmi.comments_from_learner.n.location': ['rw', str(250)],
      'cmi.comments_from_learner.n.timestamp': ['rw', time],
      'cmi.comments_from_lms.n.comment': ['ro'], 'cmi.comments_from_lms.n.location': ['ro'], 'cmi.comments_from_lms.n.timestamp': ['ro'],
      'cmi.completion_status': ['rw', COMPLETION], 'cmi.completion_threshold': ['ro'], 'cmi.credit': ['ro'], 'cmi.entry': ['ro'],
      'cmi.exit': ['wo', vocab(['time-out', 'suspend', 'logout', 'normal', ''])],
      'cmi.interactions.n.id': ['rw', longId],
      'cmi.interactions.n.type': ['rw', vocab(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'])],
      'cmi.interactions.n.objectives.n.id': ['rw', longId], 'cmi.interactions.n.timestamp': ['rw', time],
      'cmi.interactions.n.correct_responses.n.pattern': ['rw', str(64000)], 'cmi.interactions.n.weighting': ['rw', real(null, null)],
      'cmi.interactions.n.learner_response': ['rw', str(64000)], 'cmi.interactions.n.result': ['rw', result2004],
      'cmi.interactions.n.latency': ['rw', interval], 'cmi.interactions.n.description': ['rw', localized(250)],
      'cmi.launch_data': ['ro'], 'cmi.learner_id': ['ro'], 'cmi.learner_name': ['ro'],
      'cmi.learner_preference.audio_level': ['rw', real(0, null)], 'cmi.learner_preference.language': ['rw', str(250)],
      'cmi.learner_preference.delivery_speed': ['rw', real(0, null)],
      'cmi.learner_preference.audio_captioning': ['rw', vocab(['-1', '0', '1'])],
      'cmi.location': ['rw', str(1000)], 'cmi.max_time_allowed': ['ro'], 'cmi.mode': ['ro'],
      'cmi.objectives.n.id': ['rw', longId], 'cmi.objectives.n.score.scaled': ['rw', real(-1, 1)],
      'cmi.objectives.n.score.raw': ['rw', real(null, null)], 'cmi.objectives.n.score.min': ['rw', real(null, null)],
      'cmi.objectives.n.score.max': ['rw', real(null, null)], 'cmi.objectives.n.success_status': ['rw', SUCCESS],
      'cmi.objectives.n.completion_status': ['rw', COMPLETION], 'cmi.objectives.n.progress_measure': ['rw', real(0, 1)],
      'cmi.objectives.n.description': ['rw', localized(250)],
      'cmi.progress_measure': ['rw', real(0, 1)], 'cmi.scaled_passing_score': ['ro'],
      'cmi.score.scaled': ['rw', real(-1, 1)], 'cmi.score.raw': ['rw', real(null, null)],
      'cmi.score.min': ['rw', real(null, null)], 'cmi.score.max': ['rw', real(null, null)],
      'cmi.session_time': ['wo', interval], 'cmi.success_status': ['rw', SUCCESS], 'cmi.suspend_data': ['rw', str(64000)],
      'cmi.time_limit_action': ['ro'], 'cmi.total_time': ['ro'],
      'adl.nav.request': ['rw', navRequest], 'adl.nav.request_valid.continue': ['ro'], 'adl.nav.request_valid.previous': ['ro']
    },
    defaults: {
      'cmi._version': '1.0', 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown',
      'cmi.comments_from_lms._count': '0', 'cmi.learner_preference.audio_level': '1',
      'cmi.learner_preference.language': '', 'cmi.learner_preference.delivery_speed': '1',
      'cmi.learner_preference.audio_captioning': '0', 'adl.nav.request': '_none_'
    }
  };

  function create(state, save) {
    var v12 = state.scormVersion === '1.2';
    var M = v12 ? M12 : M2004;
    var values = {};
    Object.keys(state.values || {}).forEach(function (k) { values[k] = state.values[k]; });
    var lms = state.lms || {};
    var phase = 'new'; // new -> running -> ended
    var last = 0;
    var detail = '';
    var self = { onTerminate: function () {} };

    function fail(code, why) { last = code; detail = why || MESSAGES[code]; return code; }
    function ok() { last = 0; detail = ''; }
    function shape(element) { return element.split('.').map(function (p) { return /^\d+$/.test(p) ? 'n' : p; }).join('.'); }
    function count(prefix) {
      var n = 0;
      while (Object.keys(values).some(function (k) { return k.indexOf(prefix + n + '.') === 0; })) { n += 1; }
      return n;
    }
    function known(element) {
      var s = shape(element);
      return M.elements[s] || M.children[s] || M.collections.indexOf(s) >= 0 || M.children[s.replace(/\.n$/, '')];
    }

    /** The value of a readable element, or an error code. */
    function read(element) {
      var s = shape(element);
      var keyword = s.match(/^(.*)\._(children|count|version)$/);
      if (keyword) {
        if (keyword[2] === 'version') { return v12 || element !== 'cmi._version' ? fail(v12 ? 201 : 401) : '1.0'; }
        if (keyword[2] === 'children') {
          if (M.children[keyword[1]]) { return M.children[keyword[1]]; }
          return known(keyword[1]) ? fail(v12 ? 202 : 301) : fail(v12 ? 201 : 401);
        }
        if (M.collections.indexOf(keyword[1]) >= 0) {
          return String(element === 'cmi.comments_from_lms._count' ? 0 : count(element.slice(0, -'_count'.length)));
        }
        return known(keyword[1]) ? fail(v12 ? 203 : 301) : fail(v12 ? 201 : 401);
      }
      var valid = element.match(/^adl\.nav\.request_valid\.(choice|jump)\.\{target=([^}]+)\}$/);
      if (!v12 && valid) { return state.choice && state.choice[valid[2]] ? 'true' : 'false'; }
      if (!v12 && element === 'adl.nav.request_valid.continue') { return state.next ? 'true' : 'false'; }
      if (!v12 && element === 'adl.nav.request_valid.previous') { return state.previous ? 'true' : 'false'; }
      var def = M.elements[s];
      if (!def) { return M.children[s] ? fail(v12 ? 201 : 401) : fail(v12 ? 201 : 401); }
      if (def[0] === 'wo') { return fail(v12 ? 404 : 405); }
      var index = element.match(/^(.*?\.)(\d+)\./);
      if (index && +index[2] >= count(index[1]) && !(element in values)) { return fail(v12 ? 201 : 301); }
      if (!v12 && element === 'cmi.success_status' && 'cmi.scaled_passing_score' in lms && 'cmi.score.scaled' in values) {
        return +values['cmi.score.scaled'] >= +lms['cmi.scaled_passing_score'] ? 'passed' : 'failed';
      }
      if (element in values) { return values[element]; }
      if (element in lms) { return lms[element]; }
      if (element in M.defaults) { return M.defaults[element]; }
      return v12 ? '' : fail(403);
    }

    /** Stores a writable element's value, or answers an error code. */
    function write(element, value) {
      var s = shape(element);
      if (/\._(children|count|version)$/.test(s)) { return fail(v12 ? 402 : 404); }
      var def = M.elements[s];
      if (!def) { return fail(v12 ? 201 : 401); }
      if (def[0] === 'ro') { return fail(v12 ? 403 : 404); }
      var indexes = element.match(/^(.*?\.)(\d+)\.(.*)$/);
      if (indexes) {
        var n = +indexes[2];
        var size = count(indexes[1]);
        if (n > size) { return fail(v12 ? 201 : 351, 'the collection has ' + size + ' items; fill it in order'); }
        var rest = indexes[3];
        if (!v12 && n === size && rest !== 'id' && indexes[1] !== 'cmi.comments_from_learner.') {
          return fail(408, 'set ' + indexes[1] + n + '.id first');
        }
        var nested = rest.match(/^(objectives|correct_responses)\.(\d+)\./);
        if (nested && +nested[2] > count(indexes[1] + n + '.' + nested[1] + '.')) { return fail(v12 ? 201 : 351); }
        if (!v12 && indexes[1] === 'cmi.interactions.' && /^(correct_responses|learner_response)/.test(rest)) {
          var type = values['cmi.interactions.' + n + '.type'];
          if (!type) { return fail(408, 'set cmi.interactions.' + n + '.type first'); }
          if (type === 'true-false' && rest === 'learner_response' && value !== 'true' && value !== 'false') { return fail(406); }
          if (type === 'numeric' && rest === 'learner_response' && !NUM.test(value)) { return fail(406); }
        }
        if (!v12 && rest === 'id' && n < size && indexes[1] === 'cmi.objectives.' && values[element] !== undefined && values[element] !== value) {
          return fail(351, 'an objective id, once set, does not change');
        }
      }
      var check = def[1] ? def[1](value) : 0;
      if (check) { return fail(v12 ? 405 : (check === 'range' ? 407 : 406)); }
      values[element] = value;
      return 0;
    }

    function finish12() {
      var status = values['cmi.core.lesson_status'];
      if (!status || status === 'not attempted') { values['cmi.core.lesson_status'] = 'completed'; }
      var mastery = lms['cmi.student_data.mastery_score'];
      var raw = values['cmi.core.score.raw'];
      if (mastery !== undefined && mastery !== '' && raw !== undefined && raw !== '' && lms['cmi.core.credit'] === 'credit') {
        values['cmi.core.lesson_status'] = +raw >= +mastery ? 'passed' : 'failed'; // RTE 3.4.4: the LMS decides
      }
    }

    function api(names) {
      var o = {};
      o[names[0]] = function (arg) {
        if (arg !== '' && arg !== undefined && arg !== null) { fail(201); return 'false'; }
        if (phase === 'running') { fail(v12 ? 101 : 103); return 'false'; }
        if (phase === 'ended') { fail(v12 ? 101 : 104); return 'false'; }
        phase = 'running';
        ok();
        save('initialize', values, false);
        return 'true';
      };
      o[names[1]] = function (arg) {
        if (arg !== '' && arg !== undefined && arg !== null) { fail(201); return 'false'; }
        if (phase !== 'running') { fail(v12 ? 301 : (phase === 'new' ? 112 : 113)); return 'false'; }
        if (v12) { finish12(); }
        phase = 'ended';
        ok();
        save('terminate', values, leaving);
        self.onTerminate(v12 ? '_none_' : (values['adl.nav.request'] || '_none_'));
        return 'true';
      };
      o[names[2]] = function (element) {
        if (phase !== 'running') { fail(v12 ? 301 : (phase === 'new' ? 122 : 123)); return ''; }
        if (typeof element !== 'string' || element === '') { fail(v12 ? 201 : 301); return ''; }
        var value = read(element);
        if (typeof value === 'number') { return ''; }
        ok();
        return value;
      };
      o[names[3]] = function (element, value) {
        if (phase !== 'running') { fail(v12 ? 301 : (phase === 'new' ? 132 : 133)); return 'false'; }
        if (typeof element !== 'string' || element === '') { fail(v12 ? 201 : 351); return 'false'; }
        if (write(element, String(value)) !== 0) { return 'false'; }
        ok();
        return 'true';
      };
      o[names[4]] = function (arg) {
        if (arg !== '' && arg !== undefined && arg !== null) { fail(201); return 'false'; }
        if (phase !== 'running') { fail(v12 ? 301 : (phase === 'new' ? 142 : 143)); return 'false'; }
        ok();
        save('commit', values, false);
        return 'true';
      };
      o[names[5]] = function () { return String(last); };
      o[names[6]] = function (code) {
        var c = String(code);
        return (v12 ? MESSAGES12[c] : null) || MESSAGES[c] || '';
      };
      o[names[7]] = function (code) {
        var c = code === '' || code === undefined || code === null ? String(last) : String(code);
        return c === String(last) && detail ? detail : ((v12 ? MESSAGES12[c] : null) || MESSAGES[c] || '');
      };
      return o;
    }

    var leaving = false;
    self.api12 = api(['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError',
      'LMSGetErrorString', 'LMSGetDiagnostic']);
    self.api2004 = api(['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString',
      'GetDiagnostic']);
    /** The page is going away: what the SCO set so far is saved by beacon; a Terminate during unload uses one too. */
    self.leaving = function () {
      leaving = true;
      if (phase === 'running') { save('hide', values, true); }
    };
    self.assetOpened = function () {
      values[v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'] = 'completed';
      save('initialize', values, false);
      save('terminate', values, false);
    };
    return self;
  }

  global.HocVuScormModel = { create: create, known: function () { return [M12, M2004]; } };
})(typeof window !== "undefined" ? window : globalThis);
