/** Prints evaluate's match key (TaggingGold.matchKey) of each line of standard input; used by resolve_pass2.py. */
import java.io.*;
public class MatchKey { public static void main(String[] a) throws Exception {
  BufferedReader r=new BufferedReader(new InputStreamReader(System.in,"UTF-8"));
  for(String l=r.readLine();l!=null;l=r.readLine()) System.out.println(uk.ofstedextract.evaluate.TaggingGold.matchKey(l));
}}
