//
// onshi-notice-setup's conversation with the CUPS scheduler: reading queues
// and PPDs, creating, changing and deleting the notice queue, and printing a
// test notice.  IPP requests through libcups, as lpadmin makes them.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//

#include "setup.h"
#include <cups/adminutil.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

// cupsGetPPD3() and cupsGetServerPPD() are deprecated with the rest of the
// PPD API, but a classic CUPS queue is described by its PPD...
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <cups/ppd.h>


//
// Local globals...
//

static const char * const managed_defaults[] =
{					// Queue defaults onshi-notice-setup sets
  "media",
  "notice-clinic-contact",
  "notice-clinic-name",
  "notice-date",
  "notice-edition",
  "notice-language"
};


//
// Local functions...
//

static ipp_t	*admin_request(ipp_op_t op, const char *name);
static bool	check_response(ipp_t *response, const char *what, const notice_callbacks_t *cb);
static bool	local_model(const char *ppd_file, const char *ppd_dir, setup_model_t *model, const notice_callbacks_t *cb);
static bool	server_lists_no_models(ipp_t *response);
static void	copy_string(ipp_t *response, const char *name, char *buffer, size_t bufsize);
static void	read_defaults(ipp_t *response, setup_queue_t *queue);
static bool	restore_queue(http_t *http, const char *name, const setup_queue_t *queue, const setup_plan_t *plan, const notice_callbacks_t *cb);
static bool	wait_job(http_t *http, int job_id, int timeout, const notice_callbacks_t *cb);


//
// 'setupServerCheckRemote()' - Check that a print server's notice queue
//                               takes the code as it is.
//
// A workstation's queue (--server) passes text/plain, application/octet-
// stream and raw jobs on unchanged, so the server's queue must exist and
// accept text/plain: only a queue with the onshi-notice PPD does.
//

bool					// O - `true` if usable
setupServerCheckRemote(
    const char               *uri,	// I - ipp://HOST:PORT/printers/QUEUE
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char * const attrs[] =	// Attributes to ask for
  {
    "document-format-supported",
    "printer-is-accepting-jobs",
    "printer-make-and-model"
  };
  char			scheme[32],	// URI scheme
			userpass[256],	// URI user:pass
			host[256],	// URI host
			resource[1024];	// URI resource
  int			port;		// URI port
  http_t		*http;		// Connection to the print server
  ipp_t			*request,	// Get-Printer-Attributes request
			*response;	// Response
  ipp_attribute_t	*attr;		// Attribute
  char			*end;		// "?" of the URI's options
  char			printer_uri[1024];
					// URI without options
  char			formats[2048],	// document-format-supported
			make_model[256];// printer-make-and-model
  bool			ok = false;	// Usable?


  if (httpSeparateURI(HTTP_URI_CODING_ALL, uri, scheme, sizeof(scheme), userpass, sizeof(userpass), host, sizeof(host), &port, resource, sizeof(resource)) < HTTP_URI_STATUS_OK)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "Bad print server URI \"%s\".", uri);
    return (false);
  }

  // The queue's resource without the backend's options ("?snmp=false")...
  if ((end = strchr(resource, '?')) != NULL)
    *end = '\0';

  noticeDebug(cb, "Asking the print server %s (port %d) about %s.", host, port, resource);

  if ((http = httpConnect2(host, port, NULL, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 10000, NULL)) == NULL)
  {
    noticeDebug(cb, "Unable to connect to %s:%d: %s", host, port, cupsLastErrorString());
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The print server %s does not answer on port %d - check the name, that CUPS runs there and that it shares its queue (onshi-notice-setup --share on the server).", host, port);
    return (false);
  }

  httpSetTimeout(http, 30.0, NULL, NULL);

  request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
  httpAssembleURI(HTTP_URI_CODING_ALL, printer_uri, sizeof(printer_uri), "ipp", NULL, host, port, resource);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, printer_uri);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL, cupsUser());
  ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", (int)(sizeof(attrs) / sizeof(attrs[0])), NULL, attrs);

  response = cupsDoRequest(http, request, resource);
  httpClose(http);

  if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING)
  {
    ipp_status_t status = response ? ippGetStatusCode(response) : cupsLastError();
					// Status of the request

    noticeDebug(cb, "Get-Printer-Attributes %s: %s (%s)", uri, ippErrorString(status), cupsLastErrorString());

    if (status == IPP_STATUS_ERROR_NOT_FOUND)
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The print server %s has no queue \"%s\" - set it up there first (onshi-notice-setup --share), or name its queue with --name.", host, resource + 10);
    else if (status == IPP_STATUS_ERROR_FORBIDDEN || status == IPP_STATUS_ERROR_NOT_AUTHORIZED || status == IPP_STATUS_ERROR_NOT_AUTHENTICATED)
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The print server %s refuses this machine - share the queue there (onshi-notice-setup --share) and allow this network in its cupsd.conf.", host);
    else
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The print server %s did not answer about %s: %s.", host, resource, cupsLastErrorString());

    ippDelete(response);
    return (false);
  }

  setupServerCopyStrings(response, "document-format-supported", formats, sizeof(formats));
  copy_string(response, "printer-make-and-model", make_model, sizeof(make_model));

  if (!setupPlanListContains(formats, "text/plain"))
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The queue %s on the print server does not take a code as text (it accepts %s) - give the server's onshi-notice queue.", resource + 10, *formats ? formats : "nothing it names");
  else if (strncmp(make_model, "onshi-notice ", 13))
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The queue %s on the print server is \"%s\", not an onshi-notice queue - give the server's onshi-notice queue with --name.", resource + 10, make_model);
  else
  {
    ok = true;

    if ((attr = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)) != NULL && !ippGetBoolean(attr, 0))
      noticeLog(cb, NOTICE_LEVEL_WARNING, "The queue %s on the print server rejects jobs for now: notices will wait until it accepts them again.", resource + 10);
  }

  ippDelete(response);

  return (ok);
}


//
// 'setupServerConnect()' - Connect to the CUPS scheduler.
//
// The server is the one every CUPS client uses: CUPS_SERVER, then
// client.conf, then the local scheduler.
//

http_t *				// O - Connection or NULL
setupServerConnect(
    const notice_callbacks_t *cb)	// I - Callbacks
{
  http_t	*http;			// Connection


  noticeDebug(cb, "Connecting to the CUPS scheduler at %s (port %d).", cupsServer(), ippPort());

  if ((http = httpConnect2(cupsServer(), ippPort(), NULL, AF_UNSPEC, cupsEncryption(), 1, 30000, NULL)) == NULL)
  {
    noticeDebug(cb, "Unable to connect to %s: %s", cupsServer(), cupsLastErrorString());
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The CUPS scheduler is not running at %s - start it (systemctl start cups) and try again.", cupsServer());
    return (NULL);
  }

  return (http);
}


//
// 'setupServerApply()' - Make the queue the target, all at once or not at all.
//
// Every change goes in one CUPS-Add-Modify-Printer request, as "lpadmin -p
// NAME -E -v URI -m PPD -o ..." sends it.  cupsd creates a new queue before
// it checks the rest of the request, so a failed request for a new queue is
// followed by CUPS-Delete-Printer, and one for an existing queue by a request
// that puts back the old values.
//

bool					// O - `true` on success
setupServerApply(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    const setup_queue_t     *queue,	// I - Queue as it was
    const setup_target_t    *target,	// I - Queue as it should be
    const setup_plan_t      *plan,	// I - Changes
    const notice_callbacks_t *cb)	// I - Callbacks
{
  ipp_t		*request;		// CUPS-Add-Modify-Printer request
  ipp_t		*response;		// Response
  char		attrname[256];		// NAME-default
  int		i;			// Looping var
  bool		ok;			// Did it work?


  if (setupPlanIsEmpty(plan))
    return (true);

  request = admin_request(IPP_OP_CUPS_ADD_MODIFY_PRINTER, name);

  if (plan->set_device)
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", NULL, target->device_uri);

  if (plan->set_ppd && !*target->ppd_path)
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_NAME, "ppd-name", NULL, target->ppd_name);

  if (plan->enable)
  {
    ippAddInteger(request, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_IDLE);
    ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 1);
  }

  if (plan->set_shared)
    ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-shared", 1);

  // Defaults go as one text value each, exactly as given; cupsd keeps the
  // text and adds it to every job that does not set the option itself...
  for (i = 0; i < plan->num_set; i ++)
  {
    snprintf(attrname, sizeof(attrname), "%s-default", plan->set[i].name);
    ippAddString(request, IPP_TAG_PRINTER, strcmp(plan->set[i].name, "media") ? IPP_TAG_TEXT : IPP_TAG_KEYWORD, attrname, NULL, plan->set[i].value);
  }

  for (i = 0; i < plan->num_remove; i ++)
  {
    snprintf(attrname, sizeof(attrname), "%s-default", plan->remove[i].name);
    ippAddOutOfBand(request, IPP_TAG_PRINTER, IPP_TAG_DELETEATTR, attrname);
  }

  // A local PPD file travels with the request, as "lpadmin -P" sends it...
  if (plan->set_ppd && *target->ppd_path)
    response = cupsDoFileRequest(http, request, "/admin/", target->ppd_path);
  else
    response = cupsDoRequest(http, request, "/admin/");
  ok = check_response(response, plan->create ? N_("create the queue") : N_("change the queue"), cb);
  ippDelete(response);

  if (ok)
    return (true);

  // Undo what cupsd may already have done...
  if (plan->create)
  {
    // cupsd drops some refused new queues itself; look before deleting...
    setup_queue_t	left;		// What is left of the queue

    if (setupServerGetQueue(http, name, &left, NULL) && left.exists)
      setupServerRemove(http, name, NULL);

    setupPlanQueueFree(&left);

    if (setupServerGetQueue(http, name, &left, NULL) && !left.exists)
      noticeLog(cb, NOTICE_LEVEL_INFO, "No queue \"%s\" was left behind.", name);
    else
      noticeLog(cb, NOTICE_LEVEL_WARNING, "Queue \"%s\" may be half made - delete it with \"lpadmin -x %s\".", name, name);

    setupPlanQueueFree(&left);
  }
  else if (restore_queue(http, name, queue, plan, cb))
    noticeLog(cb, NOTICE_LEVEL_INFO, "Queue \"%s\" was left as it was.", name);
  else
    noticeLog(cb, NOTICE_LEVEL_WARNING, "Queue \"%s\" may be partly changed - check it with \"lpstat -l -p %s\".", name, name);

  return (false);
}


//
// 'setupServerFindModel()' - Find one of our PPDs among the server's models.
//
// Asks for the list "lpinfo -m" shows (CUPS-Get-PPDs), picks our file there
// (see setupPlanModelMatches()), fetches it (CUPS-Get-PPD) and reads what it
// offers.
//
// A scheduler without cups-driverd (only Debian's cups-daemon package, as
// on a Debian 13 system built against libcupsfilters 2, which excludes the
// "cups" package) cannot list models at all.  Then the installed PPD file
// in PPD_DIR is sent with the request instead, as "lpadmin -P" does.
//

bool					// O - `true` if found
setupServerFindModel(
    http_t                   *http,	// I - Connection
    const char               *ppd_file,	// I - Our PPD file name
    const char               *ppd_dir,	// I - Folder of our installed PPDs or NULL
    setup_model_t           *model,	// O - Model
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char * const attrs[] =	// Attributes to ask for
  {
    "ppd-name"
  };
  ipp_t			*request,	// CUPS-Get-PPDs request
			*response;	// Response
  const char		*ppd_path;	// Fetched PPD file
  bool			any;		// Any of our PPDs installed?
  const setup_format_t *format;	// Format of this PPD


  memset(model, 0, sizeof(setup_model_t));

  request = ippNewRequest(IPP_OP_CUPS_GET_PPDS);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, "ipp://localhost/printers/");
  ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", (int)(sizeof(attrs) / sizeof(attrs[0])), NULL, attrs);

  response = cupsDoRequest(http, request, "/");
  if (ppd_dir && server_lists_no_models(response))
  {
    ippDelete(response);
    return (local_model(ppd_file, ppd_dir, model, cb));
  }

  if (!check_response(response, N_("list the printer models"), cb))
  {
    ippDelete(response);
    return (false);
  }

  setupServerPickModel(response, ppd_file, model->ppd_name, sizeof(model->ppd_name), &any);
  ippDelete(response);

  if (!*model->ppd_name)
  {
    format = setupPlanFormatForPPD(ppd_file);

    if (!any)
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The onshi-notice PPDs are not installed on this CUPS server (\"lpinfo -m\" lists none) - install onshi-notice.");
    else
      noticeLog(cb, NOTICE_LEVEL_ERROR, "The onshi-notice PPD for %s (%s) is not installed - update onshi-notice, or choose another format with --format.", format ? format->label : ppd_file, ppd_file);
    return (false);
  }

  noticeDebug(cb, "Using the model \"%s\".", model->ppd_name);

  if ((ppd_path = cupsGetServerPPD(http, model->ppd_name)) == NULL)
  {
    noticeDebug(cb, "CUPS-Get-PPD %s: %s", model->ppd_name, cupsLastErrorString());
    noticeLog(cb, NOTICE_LEVEL_ERROR, "CUPS cannot read the PPD \"%s\" - reinstall onshi-notice.", model->ppd_name);
    return (false);
  }

  if (!setupPPDInfoRead(ppd_path, &model->ppd) || !model->ppd.ours || !*model->ppd.nickname)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The PPD \"%s\" is damaged - reinstall onshi-notice.", model->ppd_name);
    unlink(ppd_path);
    return (false);
  }

  unlink(ppd_path);

  return (true);
}


//
// 'setupServerGetQueue()' - Read a queue as the server has it.
//
// A queue that does not exist is not an error: "exists" is false.
//

bool					// O - `true` on success
setupServerGetQueue(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    setup_queue_t           *queue,	// O - Queue
    const notice_callbacks_t *cb)	// I - Callbacks
{
  ipp_t			*request,	// Get-Printer-Attributes request
			*response;	// Response
  char			uri[1024];	// Printer URI
  char			ppdfile[1024] = "";
					// Queue's PPD, fetched
  time_t		modtime = 0;	// PPD time, for cupsGetPPD3()


  memset(queue, 0, sizeof(setup_queue_t));

  httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", NULL, "localhost", 0, "/printers/%s", name);

  request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, uri);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL, cupsUser());
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", NULL, "all");

  response = cupsDoRequest(http, request, "/");

  if (response && ippGetStatusCode(response) == IPP_STATUS_ERROR_NOT_FOUND)
  {
    ippDelete(response);
    return (true);
  }

  if (!check_response(response, N_("read the queue"), cb))
  {
    ippDelete(response);
    return (false);
  }

  queue->exists = true;

  setupServerReadQueue(response, queue);
  ippDelete(response);

  // The queue's PPD tells whether it runs our filter...
  if (!queue->is_class && cupsGetPPD3(http, name, &modtime, ppdfile, sizeof(ppdfile)) == HTTP_STATUS_OK)
    setupPPDInfoRead(ppdfile, &queue->ppd);

  if (*ppdfile)
    unlink(ppdfile);

  noticeDebug(cb, "Queue \"%s\": device %s, model \"%s\", %s, %s, %s.", name, queue->device_uri, queue->make_model, queue->ppd.ours ? "runs onshi-notice" : "does not run onshi-notice", queue->accepting ? "accepting" : "rejecting", queue->state == IPP_PSTATE_STOPPED ? "stopped" : "enabled");

  return (true);
}


//
// 'setupServerPickModel()' - Pick our PPD from the server's list of models.
//
// Of the "ppd-name" values of a CUPS-Get-PPDs response, the one that
// setupPlanModelMatches() ranks best for the PPD file is copied; "ppd_name"
// is "" when none matches.
//

bool					// O - `true` if a model matches
setupServerPickModel(
    ipp_t      *response,		// I - CUPS-Get-PPDs response
    const char *ppd_file,		// I - Our PPD file name
    char       *ppd_name,		// O - Server's model name
    size_t     ppd_namesize,		// I - Size of model name buffer
    bool       *any)			// O - Any of our PPDs listed?
{
  ipp_attribute_t	*attr;		// ppd-name
  const char		*name;		// One model name
  int			rank,		// Preference of this model
			best = 100;	// Best preference so far


  *ppd_name = '\0';
  *any      = false;

  for (attr = ippFindAttribute(response, "ppd-name", IPP_TAG_NAME); attr; attr = ippFindNextAttribute(response, "ppd-name", IPP_TAG_NAME))
  {
    if ((name = ippGetString(attr, 0, NULL)) == NULL)
      continue;

    if (strstr(name, SETUP_PPD_DIR "/"))
      *any = true;

    if (setupPlanModelMatches(name, ppd_file, &rank) && rank < best)
    {
      best = rank;
      snprintf(ppd_name, ppd_namesize, "%s", name);
    }
  }

  return (*ppd_name != '\0');
}


//
// 'setupServerPrintTest()' - Print a test notice and wait for the result.
//
// The job holds the code "invalid", as a clinic application sends it, with
// "notice-sample=on": the page carries the sample mark, as CUPS's test page
// does, so that it never goes to a patient.
//

bool					// O - `true` if the job completed
setupServerPrintTest(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    int                      timeout,	// I - Seconds to wait
    const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char code[] = "invalid\n";
					// Job content
  int		job_id;			// Job ID
  cups_option_t	sample = { (char *)"notice-sample", (char *)"on" };
					// The sample mark


  if ((job_id = cupsCreateJob(http, name, "onshi-notice test", 1, &sample)) <= 0)
    return (check_response(NULL, N_("print the test notice"), cb));

  if (cupsStartDocument(http, name, job_id, "code.txt", CUPS_FORMAT_TEXT, 1) != HTTP_STATUS_CONTINUE || cupsWriteRequestData(http, code, sizeof(code) - 1) != HTTP_STATUS_CONTINUE || cupsFinishDocument(http, name) > IPP_STATUS_OK_CONFLICTING)
    return (check_response(NULL, N_("print the test notice"), cb));

  noticeLog(cb, NOTICE_LEVEL_INFO, "Test notice sent to \"%s\" as job %d.", name, job_id);

  return (wait_job(http, job_id, timeout, cb));
}


//
// 'setupServerShare()' - Turn on printer sharing, as "cupsctl
//                         --share-printers" does, and wait for the
//                         scheduler to come back.
//
// cupsAdminSetServerSettings() rewrites cupsd.conf: cupsd then listens on
// the network ("Port 631"), allows printing from the local networks
// ("Allow @LOCAL" under "<Location />") and announces shared queues; it
// restarts to read the new file.  Administration stays local.
//

bool					// O - `true` on success
setupServerShare(
    http_t                   *http,	// I - Connection
    int                      timeout,	// I - Seconds to wait for the restart
    const notice_callbacks_t *cb)	// I - Callbacks
{
  cups_option_t	*settings = NULL;	// New settings
  int		num_settings;		// Number of settings
  int		ok;			// Did it work?
  time_t	end;			// When to give up
  ipp_t		*response;		// CUPS-Get-Default response
  struct timespec pause = { 0, 100000000 };
					// Time between tries


  num_settings = cupsAddOption(CUPS_SERVER_SHARE_PRINTERS, "1", 0, &settings);
  ok           = cupsAdminSetServerSettings(http, num_settings, settings);
  cupsFreeOptions(num_settings, settings);

  if (!ok)
    return (check_response(NULL, N_("share printers on the network"), cb));

  // cupsd restarts; wait until it answers again...
  for (end = time(NULL) + timeout; time(NULL) < end;)
  {
    nanosleep(&pause, NULL);
    httpReconnect2(http, 10000, NULL);

    // Any answer, even "no default printer", means it is back...
    if ((response = cupsDoRequest(http, ippNewRequest(IPP_OP_CUPS_GET_DEFAULT), "/")) != NULL)
    {
      ippDelete(response);
      return (true);
    }

    ippDelete(response);
  }

  noticeLog(cb, NOTICE_LEVEL_ERROR, "The CUPS scheduler did not come back after turning on sharing - check \"systemctl status cups\".");

  return (false);
}


//
// 'setupServerSharing()' - Tell whether the scheduler shares printers.
//

bool					// O - `true` on success
setupServerSharing(
    http_t                   *http,	// I - Connection
    bool                     *sharing,	// O - Sharing turned on?
    const notice_callbacks_t *cb)	// I - Callbacks
{
  cups_option_t	*settings = NULL;	// Settings
  int		num_settings = 0;	// Number of settings


  *sharing = false;

  if (!cupsAdminGetServerSettings(http, &num_settings, &settings))
    return (check_response(NULL, N_("read the server settings"), cb));

  *sharing = !setupPlanShareNeeded(num_settings, settings);

  cupsFreeOptions(num_settings, settings);

  return (true);
}


//
// 'setupServerReadQueue()' - Read a queue from the server's answer.
//
// Fills in what a Get-Printer-Attributes response says about the queue;
// "exists" and the PPD are left alone.  The defaults are added to
// queue->defaults, which setupPlanQueueFree() frees.
//

void
setupServerReadQueue(
    ipp_t         *response,		// I - Get-Printer-Attributes response
    setup_queue_t *queue)		// IO - Queue
{
  ipp_attribute_t	*attr;		// Attribute


  copy_string(response, "device-uri", queue->device_uri, sizeof(queue->device_uri));
  copy_string(response, "printer-make-and-model", queue->make_model, sizeof(queue->make_model));
  copy_string(response, "printer-uri-supported", queue->uri_supported, sizeof(queue->uri_supported));
  copy_string(response, "media-default", queue->media_default, sizeof(queue->media_default));
  setupServerCopyStrings(response, "media-supported", queue->media_supported, sizeof(queue->media_supported));

  if ((attr = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)) != NULL)
    queue->accepting = ippGetBoolean(attr, 0) != 0;

  if ((attr = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM)) != NULL)
    queue->state = ippGetInteger(attr, 0);

  if ((attr = ippFindAttribute(response, "printer-is-shared", IPP_TAG_BOOLEAN)) != NULL)
    queue->shared = ippGetBoolean(attr, 0) != 0;

  if ((attr = ippFindAttribute(response, "printer-type", IPP_TAG_ENUM)) != NULL)
    queue->is_class = (ippGetInteger(attr, 0) & CUPS_PRINTER_CLASS) != 0;

  read_defaults(response, queue);
}


//
// 'setupServerRemove()' - Delete a queue.
//

bool					// O - `true` on success
setupServerRemove(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    const notice_callbacks_t *cb)	// I - Callbacks or NULL for silence
{
  ipp_t	*response;			// Response
  bool	ok;				// Did it work?


  response = cupsDoRequest(http, admin_request(IPP_OP_CUPS_DELETE_PRINTER, name), "/admin/");
  ok       = check_response(response, N_("delete the queue"), cb);
  ippDelete(response);

  return (ok);
}


//
// 'admin_request()' - Start a request about a queue.
//

static ipp_t *				// O - Request
admin_request(ipp_op_t   op,		// I - Operation
              const char *name)		// I - Queue name
{
  ipp_t	*request;			// Request
  char	uri[1024];			// Printer URI


  httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", NULL, "localhost", 0, "/printers/%s", name);

  request = ippNewRequest(op);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, uri);
  ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL, cupsUser());

  return (request);
}


//
// 'check_response()' - Turn a failed request into a message that says what to do.
//

static bool				// O - `true` if the request succeeded
check_response(
    ipp_t                    *response,	// I - Response or NULL
    const char               *what,	// I - What was tried ("create the queue")
    const notice_callbacks_t *cb)	// I - Callbacks or NULL
{
  ipp_status_t	status;			// Status
  const char	*message;		// CUPS's message
  size_t	length;			// Length of message


  if (response && ippGetStatusCode(response) <= IPP_STATUS_OK_CONFLICTING)
    return (true);

  status = response ? ippGetStatusCode(response) : cupsLastError();

  noticeDebug(cb, "Unable to %s: %s (%s)", what, ippErrorString(status), cupsLastErrorString());

  switch (status)
  {
    case IPP_STATUS_ERROR_NOT_AUTHORIZED :
    case IPP_STATUS_ERROR_FORBIDDEN :
    case IPP_STATUS_ERROR_NOT_AUTHENTICATED :
    case IPP_STATUS_ERROR_CUPS_AUTHENTICATION_CANCELED :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "Not allowed to %s - run onshi-notice-setup as root (sudo) or as a CUPS administrator.", _(what));
        break;

    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "The CUPS scheduler stopped answering - start it (systemctl start cups) and try again.");
        break;

    default :
        message = cupsLastErrorString();
        length  = strlen(message);
        noticeLog(cb, NOTICE_LEVEL_ERROR, "CUPS refused to %s: %s%s", _(what), message, length && message[length - 1] == '.' ? "" : ".");
        break;
  }

  return (false);
}


//
// 'copy_string()' - Copy the first value of a string attribute.
//

static void
copy_string(ipp_t      *response,	// I - Response
            const char *name,		// I - Attribute name
            char       *buffer,		// O - Value
            size_t     bufsize)		// I - Size of buffer
{
  ipp_attribute_t	*attr;		// Attribute
  const char		*value;		// Value


  *buffer = '\0';

  if ((attr = ippFindAttribute(response, name, IPP_TAG_ZERO)) != NULL && (value = ippGetString(attr, 0, NULL)) != NULL)
    snprintf(buffer, bufsize, "%s", value);
}


//
// 'setupServerCopyStrings()' - Copy all values of a string attribute,
//                            comma-separated.
//
// Values that hold a comma themselves, or do not fit, are left out.
//

void
setupServerCopyStrings(
    ipp_t      *response,		// I - Response
    const char *name,			// I - Attribute name
    char       *buffer,			// O - Values
    size_t     bufsize)			// I - Size of buffer
{
  ipp_attribute_t	*attr;		// Attribute
  int			i,		// Looping var
			count;		// Number of values
  const char		*value;		// One value
  size_t		length = 0;	// Length so far


  *buffer = '\0';

  if ((attr = ippFindAttribute(response, name, IPP_TAG_ZERO)) == NULL)
    return;

  for (i = 0, count = ippGetCount(attr); i < count; i ++)
  {
    if ((value = ippGetString(attr, i, NULL)) != NULL && !strchr(value, ',') && length + strlen(value) + 2 <= bufsize)
      length += (size_t)snprintf(buffer + length, bufsize - length, "%s%s", length ? "," : "", value);
  }
}


//
// 'local_model()' - Use our installed PPD file, for a server that lists no
//                   models.
//

static bool				// O - `true` if the file is usable
local_model(
    const char               *ppd_file,	// I - Our PPD file name
    const char               *ppd_dir,	// I - Folder of our installed PPDs
    setup_model_t           *model,	// O - Model
    const notice_callbacks_t *cb)	// I - Callbacks
{
  snprintf(model->ppd_path, sizeof(model->ppd_path), "%s/%s", ppd_dir, ppd_file);

  noticeDebug(cb, "CUPS lists no printer models (%s); using the PPD file \"%s\".", cupsLastErrorString(), model->ppd_path);

  if (access(model->ppd_path, R_OK))
  {
    noticeDebug(cb, "%s: %s", model->ppd_path, strerror(errno));
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The onshi-notice PPD \"%s\" is not installed - install onshi-notice.", model->ppd_path);
    return (false);
  }

  if (!setupPPDInfoRead(model->ppd_path, &model->ppd) || !model->ppd.ours || !*model->ppd.nickname)
  {
    noticeLog(cb, NOTICE_LEVEL_ERROR, "The PPD \"%s\" is damaged - reinstall onshi-notice.", model->ppd_path);
    return (false);
  }

  return (true);
}


//
// 'read_defaults()' - Read the queue defaults set with "-o NAME-default=...".
//
// cupsd reports a queue's own defaults first and then, for a PPD queue, a
// second "media-default" taken from the PPD.  A single "media-default" is
// therefore the PPD's, and the queue has no media default of its own.
//

static void
read_defaults(ipp_t          *response,	// I - Response
              setup_queue_t *queue)	// I - Queue
{
  ipp_attribute_t	*attr,		// Attribute
			*first;		// First attribute of that name
  char			attrname[256];	// NAME-default
  char			value[2048];	// Value as reported
  int			count;		// Number of attributes of that name
  size_t		i;		// Looping var


  for (i = 0; i < sizeof(managed_defaults) / sizeof(managed_defaults[0]); i ++)
  {
    snprintf(attrname, sizeof(attrname), "%s-default", managed_defaults[i]);

    for (first = NULL, count = 0, attr = ippFirstAttribute(response); attr; attr = ippNextAttribute(response))
    {
      if (ippGetName(attr) && !strcmp(ippGetName(attr), attrname))
      {
        if (!first)
          first = attr;
        count ++;
      }
    }

    if (!first || (!strcmp(managed_defaults[i], "media") && count < 2))
      continue;

    ippAttributeString(first, value, sizeof(value));
    queue->num_defaults = cupsAddOption(managed_defaults[i], value, queue->num_defaults, &queue->defaults);
  }
}


//
// 'restore_queue()' - Put back what a failed change may have changed.
//
// Old defaults come back in the form cupsd reported them, which is the text
// that was set for every value without a comma.
//

static bool				// O - `true` on success
restore_queue(
    http_t                   *http,	// I - Connection
    const char               *name,	// I - Queue name
    const setup_queue_t     *queue,	// I - Queue as it was
    const setup_plan_t      *plan,	// I - Changes that were tried
    const notice_callbacks_t *cb)	// I - Callbacks
{
  ipp_t		*request,		// Request
		*response;		// Response
  char		attrname[256];		// NAME-default
  const char	*old;			// Old value
  int		i;			// Looping var
  bool		ok;			// Did it work?


  request = admin_request(IPP_OP_CUPS_ADD_MODIFY_PRINTER, name);

  if (plan->set_device)
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", NULL, queue->device_uri);

  if (plan->enable)
  {
    ippAddInteger(request, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", queue->state ? queue->state : IPP_PSTATE_IDLE);
    ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-accepting-jobs", queue->accepting);
  }

  if (plan->set_shared)
    ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-shared", queue->shared);

  for (i = 0; i < plan->num_set; i ++)
  {
    snprintf(attrname, sizeof(attrname), "%s-default", plan->set[i].name);

    if ((old = cupsGetOption(plan->set[i].name, queue->num_defaults, queue->defaults)) != NULL)
      ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_TEXT, attrname, NULL, old);
    else
      ippAddOutOfBand(request, IPP_TAG_PRINTER, IPP_TAG_DELETEATTR, attrname);
  }

  for (i = 0; i < plan->num_remove; i ++)
  {
    snprintf(attrname, sizeof(attrname), "%s-default", plan->remove[i].name);

    if ((old = cupsGetOption(plan->remove[i].name, queue->num_defaults, queue->defaults)) != NULL)
      ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_TEXT, attrname, NULL, old);
  }

  response = cupsDoRequest(http, request, "/admin/");
  ok       = check_response(response, N_("restore the queue"), cb);
  ippDelete(response);

  return (ok);
}


//
// 'server_lists_no_models()' - Did CUPS-Get-PPDs fail because the scheduler
//                              cannot list models at all?
//
// cupsd answers "internal error" when it cannot run cups-driverd; any other
// refusal (not allowed, not running) is reported as it is.
//

static bool				// O - `true` if the server has no model list
server_lists_no_models(
    ipp_t *response)			// I - CUPS-Get-PPDs response or NULL
{
  ipp_status_t	status;			// Status


  status = response ? ippGetStatusCode(response) : cupsLastError();

  return (status == IPP_STATUS_ERROR_INTERNAL || status == IPP_STATUS_ERROR_OPERATION_NOT_SUPPORTED);
}


//
// 'wait_job()' - Wait until a job ends and say how it ended.
//

static bool				// O - `true` if completed
wait_job(http_t                   *http,// I - Connection
         int                      job_id,
					// I - Job ID
         int                      timeout,
					// I - Seconds to wait
         const notice_callbacks_t *cb)	// I - Callbacks
{
  static const char * const attrs[] =	// Attributes to ask for
  {
    "job-state",
    "job-printer-state-message"
  };
  ipp_t			*request,	// Get-Job-Attributes request
			*response;	// Response
  ipp_attribute_t	*attr;		// Attribute
  char			uri[256];	// Job URI
  char			message[1024];	// Job's printer-state-message
  int			state = 0;	// Job state
  time_t		end;		// When to give up
  struct timespec	pause = { 0, 200000000 };
					// Time between polls


  httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", NULL, "localhost", 0, "/jobs/%d", job_id);

  for (end = time(NULL) + timeout; state < IPP_JSTATE_STOPPED && time(NULL) < end;)
  {
    request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", NULL, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL, cupsUser());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", (int)(sizeof(attrs) / sizeof(attrs[0])), NULL, attrs);

    response = cupsDoRequest(http, request, "/");

    if (!check_response(response, N_("follow the test notice"), cb))
    {
      ippDelete(response);
      return (false);
    }

    if ((attr = ippFindAttribute(response, "job-state", IPP_TAG_ENUM)) != NULL)
      state = ippGetInteger(attr, 0);

    copy_string(response, "job-printer-state-message", message, sizeof(message));
    ippDelete(response);

    if (state < IPP_JSTATE_STOPPED)
      nanosleep(&pause, NULL);
  }

  switch (state)
  {
    case IPP_JSTATE_COMPLETED :
        noticeLog(cb, NOTICE_LEVEL_INFO, "Test notice printed (job %d).", job_id);
        return (true);

    case IPP_JSTATE_STOPPED :
    case IPP_JSTATE_CANCELED :
    case IPP_JSTATE_ABORTED :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "The test notice (job %d) did not print: %s", job_id, *message ? message : "see \"lpstat -l -o\".");
        return (false);

    default :
        noticeLog(cb, NOTICE_LEVEL_ERROR, "The test notice (job %d) has not printed after %d seconds - check the queue with \"lpstat -l -o\" and \"lpstat -p\".", job_id, timeout);
        return (false);
  }
}

#pragma GCC diagnostic pop
