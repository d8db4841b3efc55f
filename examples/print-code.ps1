# print-code.ps1 - print the onshi-notice patient notice from a Windows PC
# without a printer driver: one IPP Print-Job request to the print server's
# notice queue, built by hand and sent with Invoke-WebRequest.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage (Windows PowerShell 5.1 or PowerShell 7):
#
#   powershell -ExecutionPolicy Bypass -File print-code.ps1 -Code invalid -Server onshi-server.local
#   powershell -ExecutionPolicy Bypass -File print-code.ps1 -Code no-record -Server onshi-server.local
#
# The request holds the code as a text/plain document.  For -Code invalid
# -Server onshi-server.local -User reception it is byte for byte the file
# tests/network/print-job-invalid.ipp, which tests/network.test sends to a
# CUPS scheduler.

param(
  [Parameter(Mandatory = $true)][ValidateSet('invalid', 'no-record')][string]$Code,
  [string]$Server = 'onshi-server.local',
  [ValidateRange(1, 65535)][int]$Port = 631,
  [string]$Queue = 'onshi-notice',
  [string]$User = $env:USERNAME
)

$ErrorActionPreference = 'Stop'
$printerUri = "ipp://${Server}:${Port}/printers/$Queue"
$request = New-Object System.IO.MemoryStream

# Add-Bytes: append bytes to the request.
function Add-Bytes([byte[]]$Bytes) {
  $request.Write($Bytes, 0, $Bytes.Length)
}

# Add-Attribute: append one IPP attribute: value tag, name length, name,
# value length, value (lengths are 2 bytes, most significant first).
function Add-Attribute([byte]$Tag, [string]$Name, [string]$Value) {
  $nameBytes = [System.Text.Encoding]::UTF8.GetBytes($Name)
  $valueBytes = [System.Text.Encoding]::UTF8.GetBytes($Value)
  Add-Bytes @($Tag, [byte]($nameBytes.Length -shr 8), [byte]($nameBytes.Length -band 255))
  Add-Bytes $nameBytes
  Add-Bytes @([byte]($valueBytes.Length -shr 8), [byte]($valueBytes.Length -band 255))
  Add-Bytes $valueBytes
}

# IPP 2.0, operation Print-Job (0x0002), request-id 1...
Add-Bytes @(0x02, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01)

# ...the operation attributes...
Add-Bytes @(0x01)
Add-Attribute 0x47 'attributes-charset' 'utf-8'
Add-Attribute 0x48 'attributes-natural-language' 'en'
Add-Attribute 0x45 'printer-uri' $printerUri
Add-Attribute 0x42 'requesting-user-name' $User
Add-Attribute 0x42 'job-name' 'patient notice'
Add-Attribute 0x49 'document-format' 'text/plain'

# ...the end of the attributes, and the document: the code and a line end.
Add-Bytes @(0x03)
Add-Bytes ([System.Text.Encoding]::ASCII.GetBytes("$Code`r`n"))

$response = Invoke-WebRequest -Uri "http://${Server}:${Port}/printers/$Queue" -Method Post `
  -ContentType 'application/ipp' -Body $request.ToArray() -UseBasicParsing
$answer = $response.RawContentStream.ToArray()

# The status code is bytes 3 and 4 of the answer: below 0x0100 is success.
$status = $answer[2] * 256 + $answer[3]
if ($status -ge 0x0100) {
  Write-Error ("The print server refused the notice (IPP status 0x{0:x4}) - check the queue with lpstat -p $Queue on the server." -f $status)
  exit 1
}
Write-Output "Sent the code $Code to $printerUri."
