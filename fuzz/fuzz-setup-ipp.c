//
// libFuzzer target: onshi-notice-setup's reading of IPP answers.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Reads arbitrary bytes as an IPP message with libcups' ippReadIO(), as
// cupsDoRequest() reads an answer, and hands a complete message to the
// setup command's readers of answers: a queue's attributes
// (setupServerReadQueue()), a printer's (setupPrinterRead()) and the list
// of models (setupServerPickModel()).  What they read then goes where the
// setup command sends it: the choice of format and paper, the plan and the
// lpadmin command it shows.  Checks that every string ends within its
// buffer, that only the defaults the setup command manages are read, and
// that a picked model is one of ours.
//

#include "setup.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


//
// Local constants...
//

#define MODEL_MEDIA	"iso_a4_210x297mm,iso_a5_148x210mm,jis_b5_182x257mm,na_letter_8.5x11in"
					// Paper our PPDs offer


//
// Local types...
//

typedef struct buffer_s			// IPP message in memory
{
  const uint8_t	*data;			// Bytes
  size_t	size,			// Number of bytes
		pos;			// Bytes read so far
} buffer_t;


//
// Local functions...
//

static void	check_string(const char *value, size_t size);
static void	plan_queue(const setup_queue_t *queue, const char *ppd_name, const char *media);
static ssize_t	read_buffer(buffer_t *buffer, ipp_uchar_t *data, size_t bytes);


//
// 'LLVMFuzzerTestOneInput()' - Read one answer and use it.
//

int					// O - 0
LLVMFuzzerTestOneInput(
    const uint8_t *data,		// I - Input bytes
    size_t        size)			// I - Number of bytes
{
  buffer_t		buffer;		// Input as a stream
  ipp_t			*response;	// IPP message
  ipp_state_t		state;		// How reading ended
  setup_queue_t		queue;		// Queue as the answer has it
  setup_printer_t	printer;	// Printer as the answer has it
  const setup_format_t	*format,	// Format chosen for the printer
			*formats;	// Every format
  size_t		num_formats,	// Number of formats
			i;		// Looping var
  char			ppd_name[256],	// Model picked from the list
			media[128],	// Paper chosen
			list[2048];	// Comma-separated values
  bool			any;		// Any of our models listed?
  int			j;		// Looping var


  buffer.data = data;
  buffer.size = size;
  buffer.pos  = 0;

  response = ippNew();
  state    = ippReadIO(&buffer, (ipp_iocb_t)read_buffer, 1, NULL, response);

  if (state != IPP_STATE_DATA)
  {
    ippDelete(response);
    return (0);
  }

  // A queue of the scheduler (forward and update modes)...
  memset(&queue, 0, sizeof(queue));
  queue.exists = true;
  setupServerReadQueue(response, &queue);

  check_string(queue.device_uri, sizeof(queue.device_uri));
  check_string(queue.make_model, sizeof(queue.make_model));
  check_string(queue.uri_supported, sizeof(queue.uri_supported));
  check_string(queue.media_supported, sizeof(queue.media_supported));
  check_string(queue.media_default, sizeof(queue.media_default));

  for (j = 0; j < queue.num_defaults; j ++)
  {
    if (strcmp(queue.defaults[j].name, "media") && strncmp(queue.defaults[j].name, "notice-", 7))
      abort();
  }

  if (!setupPlanChoosePaper(NULL, queue.media_supported, queue.media_default, MODEL_MEDIA, media, sizeof(media), NULL))
    media[0] = '\0';
  check_string(media, sizeof(media));

  // An IPP printer (printer mode) and a print server's queue (server mode)...
  setupPrinterRead(response, &printer);

  check_string(printer.make_model, sizeof(printer.make_model));
  check_string(printer.formats, sizeof(printer.formats));
  check_string(printer.media, sizeof(printer.media));
  check_string(printer.media_default, sizeof(printer.media_default));

  if (setupPlanChooseFormat(printer.formats, NULL, &format, NULL) && !format)
    abort();

  if (!setupPlanChoosePaper(NULL, printer.media, printer.media_default, MODEL_MEDIA, media, sizeof(media), NULL))
    media[0] = '\0';

  setupServerCopyStrings(response, "document-format-supported", list, sizeof(list));
  check_string(list, sizeof(list));
  setupPlanListContains(list, "text/plain");

  // The list of models, for every PPD of ours...
  formats = setupPlanFormats(&num_formats);
  for (i = 0; i <= num_formats; i ++)
  {
    const char *ppd_file = i < num_formats ? formats[i].ppd_file : SETUP_CLIENT_PPD;
					// PPD file name

    if (setupServerPickModel(response, ppd_file, ppd_name, sizeof(ppd_name), &any))
    {
      check_string(ppd_name, sizeof(ppd_name));
      if (!any || !strstr(ppd_name, SETUP_PPD_DIR "/") || !strstr(ppd_name, ppd_file))
        abort();
    }
    else if (ppd_name[0])
      abort();
  }

  // The plan that turns the queue into a notice queue...
  plan_queue(&queue, ppd_name, media);

  setupPlanQueueFree(&queue);
  ippDelete(response);

  return (0);
}


//
// 'check_string()' - Abort unless a value ends within its buffer.
//

static void
check_string(const char *value,		// I - Value
             size_t     size)		// I - Size of its buffer
{
  if (strnlen(value, size) >= size)
    abort();
}


//
// 'plan_queue()' - Plan the notice queue over the queue read, and show it.
//

static void
plan_queue(const setup_queue_t *queue,	// I - Queue as the server has it
           const char          *ppd_name,
					// I - Model picked, or ""
           const char          *media)	// I - Paper chosen, or ""
{
  setup_target_t	target;		// Queue as it should be
  setup_plan_t		plan;		// Changes
  char			command[8192];	// lpadmin command


  memset(&target, 0, sizeof(target));
  snprintf(target.device_uri, sizeof(target.device_uri), "%s", queue->device_uri);
  snprintf(target.ppd_name, sizeof(target.ppd_name), "%s", ppd_name);
  snprintf(target.make_model, sizeof(target.make_model), "onshi-notice");

  if (*media)
    target.num_defaults = cupsAddOption("media", media, target.num_defaults, &target.defaults);
  target.num_defaults = cupsAddOption("notice-language", "ja", target.num_defaults, &target.defaults);
  target.num_defaults = cupsAddOption("notice-clinic-name", "", target.num_defaults, &target.defaults);

  setupPlanMake(queue, &target, &plan);
  setupPlanCommand(SETUP_DEFAULT_QUEUE, &target, &plan, command, sizeof(command));
  check_string(command, sizeof(command));

  setupPlanFree(&plan);
  setupPlanTargetFree(&target);
}


//
// 'read_buffer()' - Read IPP bytes from memory.
//

static ssize_t				// O - Bytes read, 0 at the end
read_buffer(buffer_t    *buffer,	// I - Message in memory
            ipp_uchar_t *data,		// O - Bytes
            size_t      bytes)		// I - Most bytes to read
{
  if (bytes > buffer->size - buffer->pos)
    bytes = buffer->size - buffer->pos;

  if (bytes == 0)
    return (0);

  memcpy(data, buffer->data + buffer->pos, bytes);
  buffer->pos += bytes;

  return ((ssize_t)bytes);
}
