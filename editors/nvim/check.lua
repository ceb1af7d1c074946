-- check.lua starts vex2go lsp on the current buffer with Neovim's own LSP
-- client, waits for the server's diagnostics and writes them to standard
-- output, one "LINE:COL: MESSAGE" a line, with the byte column that
-- vex2go check prints, then "hover: " and the Go declaration that a hover
-- on ToUpper shows; then it formats the buffer through the server,
-- synchronously, and writes it to its file, stops the server and quits,
-- with status 0 if a diagnostic arrived. test.sh runs it; $VEX2GO names
-- the command.
local bufnr = vim.api.nvim_get_current_buf()
local config = {
  name = "vex2go",
  cmd = { os.getenv("VEX2GO") or "vex2go", "lsp" },
  root_dir = vim.fn.getcwd(),
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config) -- Neovim 0.8 and later
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  io.stdout:write(string.format("%d:%d: %s\n", d.lnum + 1, d.col + 1, d.message))
end

-- Hover over the first ToUpper, a Go function of a go: import, and write
-- the first line of the Go declaration that the server shows.
for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local byte = line:find("ToUpper", 1, true)
  if byte then
    local _, col = vim.str_utfindex(line, byte - 1)
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = lnum - 1, character = col } }
    local answers = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 20000) or {}
    for _, answer in pairs(answers) do
      local value = answer.result and answer.result.contents and answer.result.contents.value or ""
      io.stdout:write("hover: " .. (value:match("^```go\n([^\n]*)") or value) .. "\n")
    end
    break
  end
end

if vim.lsp.buf.format then
  vim.lsp.buf.format({ bufnr = bufnr, timeout_ms = 20000 }) -- Neovim 0.8 and later
else
  vim.lsp.buf.formatting_sync(nil, 20000)
end
vim.cmd("silent write")

vim.lsp.stop_client(client_id)
vim.wait(5000, function()
  return vim.lsp.get_client_by_id(client_id) == nil
end, 50)
vim.cmd(arrived and "qall!" or "cquit!")
