//
// Print the patient notice for a verification result, from a C program,
// through CUPS.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Build: cc print-code.c -o print-code $(cups-config --cflags --libs)
// Usage: print-code QUEUE CODE      e.g. print-code onshi-notice invalid
//
// The job is the code as plain text, nothing else.
//

#include <cups/cups.h>
#include <stdio.h>
#include <string.h>


//
// 'main()' - Send a code to the notice queue.
//

int					// O - Exit status
main(int  argc,				// I - Number of command-line arguments
     char *argv[])			// I - Command-line arguments
{
  const char	*queue,			// Notice queue
		*code;			// Status code
  int		job_id;			// Job ID


  if (argc != 3)
  {
    fputs("Usage: print-code QUEUE CODE\n", stderr);
    return (1);
  }

  queue = argv[1];
  code  = argv[2];

  // Create the job, send the code as its only document...
  if ((job_id = cupsCreateJob(CUPS_HTTP_DEFAULT, queue, "patient notice", 0, NULL)) <= 0)
  {
    fprintf(stderr, "print-code: %s\n", cupsLastErrorString());
    return (1);
  }

  if (cupsStartDocument(CUPS_HTTP_DEFAULT, queue, job_id, "code", CUPS_FORMAT_TEXT, 1) != HTTP_STATUS_CONTINUE || cupsWriteRequestData(CUPS_HTTP_DEFAULT, code, strlen(code)) != HTTP_STATUS_CONTINUE || cupsFinishDocument(CUPS_HTTP_DEFAULT, queue) > IPP_STATUS_OK_CONFLICTING)
  {
    fprintf(stderr, "print-code: %s\n", cupsLastErrorString());
    return (1);
  }

  printf("%s-%d\n", queue, job_id);

  return (0);
}
